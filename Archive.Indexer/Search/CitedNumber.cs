using System.Text.RegularExpressions;

namespace Archive.Indexer.Search;

/// <summary>
/// A 文号 as staff cite and type it: as printed, with the 号 a page left out (湖委发〔2018〕20 alone on its line) put back:
/// 湖委发〔2018〕20号. The document keeps the number as printed; its citation and the index use this form.
/// </summary>
internal static partial class CitedNumber
{
    public static string Of(string number) => WithoutHao().IsMatch(number) ? number + "号" : number;

    [GeneratedRegex(@"〕[0-9]{1,5}$")]
    private static partial Regex WithoutHao();
}
