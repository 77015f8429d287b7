using System.Text.RegularExpressions;

namespace Archive.Indexer.Parsing.Recognizers;

/// <summary>
/// A speech's salutation: 同志们：, 各位领导、同志们：, 各位领导：大家好！, 尊敬的…：, and its greeting on a line of its own under it
/// (各位领导，各位信息员： / 大家好！). Reads folded text.
/// </summary>
internal static partial class Salutation
{
    public static bool Matches(string folded) => folded.Length <= 40 && Pattern().IsMatch(folded.Trim());

    [GeneratedRegex(@"^(?:同志们|各位领导|各位代表|各位来宾|各位嘉宾|各位委员|老师们|同学们|尊敬的[^:。]{1,20}|各位[^:。]{1,10}同志们?)[,、]?[^:。]{0,20}:\s*(?:大家好[!。.]?|你们好[!。.]?)?$|^(?:大家|你们|各位)(?:上午|下午|晚上)?好[!。.]?$")]
    private static partial Regex Pattern();
}
