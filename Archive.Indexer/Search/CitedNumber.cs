using System.Text.RegularExpressions;

namespace Archive.Indexer.Search;

/// <summary>
/// A 文号 as staff cite and type it: as printed, with the 号 a page left out (湖委发〔2018〕20 alone on its line) put back:
/// 湖委发〔2018〕20号, and its serial number without the zeros a writer padded it with (镇政发〔2024〕07号 is 7号: GB/T 9704
/// numbers a document 1, never 01). The document keeps the number as printed; its citation, the index and a query's
/// number use this form, so a number typed or printed either way is the same word.
/// </summary>
internal static partial class CitedNumber
{
    public static string Of(string number)
    {
        var unpadded = Padding().Replace(number, "〕");
        return WithoutHao().IsMatch(unpadded) ? unpadded + "号" : unpadded;
    }

    [GeneratedRegex(@"〕[0-9]{1,5}$")]
    private static partial Regex WithoutHao();

    [GeneratedRegex(@"〕0+(?=[0-9])")]
    private static partial Regex Padding();
}
