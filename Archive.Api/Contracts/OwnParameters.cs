using Archive.Api.Errors;

namespace Archive.Api.Contracts;

/// <summary>
/// The parameters of an endpoint that reads no search (similar, series): a name it does not know is said in its
/// warnings, as a search says one, never dropped unseen. Dropped, a misspelt parameter (otherRegions=true for
/// other_regions) answered as if it had not been sent: similar articles of every region, looking like an answer.
/// </summary>
public static class OwnParameters
{
    /// <summary>At most this many are said: a URL of thousands of made-up names answers with a short list.</summary>
    private const int MaxSaid = 20;

    public static IReadOnlyList<string> Unknown(HttpRequest request, params string[] known)
    {
        var listed = (En: string.Join(" and ", known), Zh: string.Join("、", known));
        return [.. request.Query.Keys.Where(name => !known.Contains(name, StringComparer.OrdinalIgnoreCase)).Take(MaxSaid)
            .Select(name => ApiProblems.Echo(name, 40))
            .Select(name => $"'{name}' is not a parameter here; the parameters are {listed.En}; it was ignored. / 不认识的参数“{name}”（可用的参数：{listed.Zh}）；已忽略。")];
    }

    /// <summary>The first of these parameters sent more than once, as a problem; null when each came at most once.</summary>
    public static ApiProblem? Repeated(HttpRequest request, params string[] names)
    {
        foreach (var name in names)
        {
            if (request.Query[name] is { Count: > 1 } values) return ApiProblems.GivenMoreThanOnce(name, values);
        }
        return null;
    }
}
