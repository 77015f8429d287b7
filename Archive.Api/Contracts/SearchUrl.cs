using Archive.Api.Configuration;
using Archive.Api.Errors;

namespace Archive.Api.Contracts;

/// <summary>
/// The search a request's URL asks for, read whole by the pages' reader (<see cref="SearchParameters.Read"/>), so one
/// URL is one search in the UI and the API: the same names (department for dept), limits and notes, and a name the
/// reader does not know is said, never dropped unseen. A value that can match nothing is a problem (400), one changed
/// to fit or ignored (a page past the last, an unknown parameter) a warning. An answer with no room for warnings (an
/// export, a feed) is <c>strict</c>: a change is a problem too, so it is never silently another search than the URL's.
/// </summary>
public static class SearchUrl
{
    /// <param name="own">Parameters the endpoint reads itself (export's format and limit), kept from the reader.</param>
    public static (SearchRequest Request, IReadOnlyList<string> Warnings, ApiProblem? Problem) Read(
        HttpRequest http, RequestLimits limits, int defaultPageSize = SearchRequest.DefaultPageSize, bool strict = false, params string[] own)
    {
        var parameters = http.Query.Where(p => !own.Contains(p.Key, StringComparer.OrdinalIgnoreCase))
            .Select(p => new KeyValuePair<string, IEnumerable<string?>>(p.Key, p.Value));
        var reading = SearchParameters.Read(parameters, defaultPageSize, limits.MaxQueryLength);
        if (reading.Refused.FirstOrDefault() is { } refused)
        {
            return (reading.Request, [], Problem(refused));
        }
        if (strict && reading.Adjusted.FirstOrDefault() is { } adjusted)
        {
            // What is wrong, not what a search would have done instead: nothing is done.
            var wrong = adjusted.Unadjusted ?? adjusted;
            return (reading.Request, [], Problem(wrong with
            {
                MessageEn = wrong.MessageEn + " This answer carries no warnings, so it is refused rather than given for another search than asked.",
                MessageZh = wrong.MessageZh + "此处无法附带提示，因此不予处理，以免给出与地址不同的检索结果。",
            }));
        }
        return (reading.Request, [.. reading.Adjusted.Select(p => $"{p.MessageEn} / {p.MessageZh}")], null);
    }

    /// <summary>
    /// A problem when the query has field filters a search would leave out with a warning (foo:x, 日期:abc, 标题:), or
    /// nothing to search at all (！！！): an answer without warnings would silently list more than the query asks for
    /// (foo:x, the whole archive).
    /// </summary>
    public static ApiProblem? UnappliedQuery(Indexer.ArchiveService archive, SearchRequest request)
    {
        // The filter first: 期号:abc alone holds nothing to search once it is left out, and what to correct is the filter.
        var ignored = archive.IgnoredFilters(request.Query);
        if (ignored.Count == 0 && archive.SearchesNothing(request.Query))
        {
            // ！！！ or 的 了 和: a search lists the whole archive and says why; an export of it would be the whole archive, unsaid.
            return ApiProblems.InvalidParameter(SearchParameters.Query,
                "The query holds nothing that can be searched (only punctuation, stop words or operators); a search lists the whole archive for it, with a warning. This answer carries no warnings, so it is refused rather than given for another search than asked; leave q out to take everything.",
                "检索式里没有可以搜索的文字（只有标点、虚词或运算符），检索时会列出全部文章并提示。此处无法附带提示，因此不予处理，以免给出与检索式不同的结果；要取全部文章，请不给 q 参数。");
        }
        if (ignored.Count == 0) return null;
        var said = string.Join(" ", ignored);
        return ApiProblems.InvalidParameter(SearchParameters.Query,
            $"The query has field filters that cannot be applied, which a search leaves out with a warning: {said} This answer carries no warnings, so it is refused rather than given for another search than asked; correct or remove them.",
            $"检索式中有无法使用的字段条件（检索时会忽略并提示）：{said}此处无法附带提示，因此不予处理，以免给出与检索式不同的结果；请改正或删去这些条件。");
    }

    private static ApiProblem Problem(FieldProblem problem)
    {
        IReadOnlyList<string>? allowed = problem.Field switch
        {
            SearchParameters.Sort => SearchParameters.SortNames,
            SearchParameters.Kind => SearchParameters.KindCodes,
            _ => null,
        };
        return ApiProblems.InvalidParameter(problem.Field, problem.MessageEn, problem.MessageZh, allowed);
    }
}
