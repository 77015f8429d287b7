using System.Text.Json;
using System.Text.RegularExpressions;

namespace Archive.Api.Errors;

/// <summary>
/// Turns the framework's "Failed to bind parameter" message (page=abc, other_regions=maybe) into an
/// invalid_parameter problem that names the query parameter and says what it takes.
/// </summary>
public static partial class BindingFailure
{
    /// <param name="query">The request's query, where the value is read as sent: the framework joins a parameter given
    /// twice with a comma (count=3&amp;count=5 reads '3,5') and shows a control character as nothing.</param>
    public static ApiProblem? Describe(BadHttpRequestException exception, IQueryCollection query)
    {
        var match = Message().Match(exception.Message);
        if (!match.Success)
        {
            return null;
        }
        var name = JsonNamingPolicy.SnakeCaseLower.ConvertName(match.Groups["name"].Value);
        var boolean = match.Groups["type"].Value.Contains("bool", StringComparison.OrdinalIgnoreCase);
        var (takes, takesZh) = boolean ? ("true or false", "true 或 false") : ("a whole number", "整数");
        var sent = query[name];
        if (sent.Count > 1) return ApiProblems.GivenMoreThanOnce(name, sent);
        var raw = sent.Count == 1 ? sent[0] ?? "" : match.Groups["value"].Value;
        if (raw.Any(char.IsControl))
        {
            var code = $"U+{(int)raw.First(char.IsControl):X4}";
            return ApiProblems.InvalidParameter(name, $"the value holds a control character ({code}); give {takes}.", $"值含有控制字符（{code}）；应为{takesZh}。");
        }
        if (string.IsNullOrWhiteSpace(raw))
        {
            return ApiProblems.InvalidParameter(name, $"the value is empty; give {takes}, or leave the parameter out.", $"值为空；应为{takesZh}，或不给此参数。");
        }
        var value = ApiProblems.Echo(raw, 50);
        if (boolean) return ApiProblems.InvalidParameter(name, $"'{value}' is not true or false.", $"“{value}”不是 true 或 false。");
        // A whole number too long for the parameter (size=99999999999999) is said to be out of range, not to be no number.
        return WholeNumber().IsMatch(value)
            ? ApiProblems.InvalidParameter(name, $"'{value}' is out of this parameter's range.", $"“{value}”超出此参数的范围。")
            : ApiProblems.InvalidParameter(name, $"'{value}' is not a whole number.", $"“{value}”不是整数。");
    }

    [GeneratedRegex(@"^[+-]?[0-9]+…?$")]
    private static partial Regex WholeNumber();

    [GeneratedRegex("^Failed to bind parameter \"(?<type>.+) (?<name>\\w+)\" from \"(?<value>.*)\"\\.$", RegexOptions.Singleline)]
    private static partial Regex Message();
}
