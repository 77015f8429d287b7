using System.Text.Json;
using System.Text.RegularExpressions;

namespace Archive.Api.Errors;

/// <summary>
/// Turns the framework's "Failed to bind parameter" message (page=abc, other_regions=maybe) into an
/// invalid_parameter problem that names the query parameter and says what it takes.
/// </summary>
public static partial class BindingFailure
{
    public static ApiProblem? Describe(BadHttpRequestException exception)
    {
        var match = Message().Match(exception.Message);
        if (!match.Success)
        {
            return null;
        }
        var name = JsonNamingPolicy.SnakeCaseLower.ConvertName(match.Groups["name"].Value);
        var value = ApiProblems.Echo(match.Groups["value"].Value, 50);
        var boolean = match.Groups["type"].Value.Contains("bool", StringComparison.OrdinalIgnoreCase);
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
