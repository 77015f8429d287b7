using System.Text.RegularExpressions;
using Archive.Indexer.Parsing;
using Archive.Indexer.Parsing.Recognizers;

namespace Archive.Indexer.Search.Syntax;

/// <summary>
/// The numbers people cite by, as they type them: an issue (第8期, 总第125期, 第 8 期 copied from a masthead) and a
/// document number (岳办发(2017)2号, 皖组字[2020]12号, 庆组明电〔2020〕2号). Each is one word of a query, found by its exact
/// text, never as 8 and 期 or 岳, 办发, 2017 and 2号 anywhere.
/// </summary>
internal static partial class CitedNumbers
{
    [GeneratedRegex(@"总?第\s*[0-9]{1,4}\s*期")]
    private static partial Regex Issue();

    /// <summary>
    /// The text with each issue written without spaces and each document number as documents print it (〔2017〕) and
    /// as it is cited (<see cref="CitedNumber"/>: 07号 is 7号): brackets typed as ( ) or [ ] there are part of the
    /// number, not the query syntax's grouping or ranges.
    /// </summary>
    public static string CloseUp(string text)
    {
        text = Issue().Replace(text, m => string.Concat(m.Value.Where(c => !char.IsWhiteSpace(c))));
        // Width folding keeps every character's place, so the numbers' places hold in the text as typed.
        foreach (var number in DocumentNumber.FindAll(Punctuation.FoldWidth(text)).Reverse())
            text = string.Concat(text.AsSpan(0, number.Index), CitedNumber.Of(number.Normalized), text.AsSpan(number.Index + number.Length));
        return text;
    }

    /// <summary>The issuer's part of a cited document number (岳办发 of 岳办发〔2017〕2号); null for any other word.</summary>
    public static string? Issuer(string word) =>
        DocumentNumber.FindAll(word).FirstOrDefault() is { Index: 0 } number && number.Length == word.Length ? word[..word.IndexOf('〔')] : null;

    /// <summary>
    /// A document number without its issuer, as staff look up a year's or one number's documents: 〔2020〕,
    /// 〔2020〕2号 (also in [ ], ［ ］ or 【 】; round brackets group a query). Its text fields hold it as 2020 and 2号,
    /// which every text mentioning 2020 matches: it is read as the 文号 field's.
    /// </summary>
    public static bool IsNumberWithoutIssuer(string text) => NumberWithoutIssuer().IsMatch(text.Trim());

    [GeneratedRegex(@"^[〔\[［【]\s*[0-9]{4}\s*[〕\]］】](?:\s*[0-9]{1,5}\s*号)?$")]
    private static partial Regex NumberWithoutIssuer();

    /// <summary>Where a text closed up by <see cref="CloseUp"/> cites an issue or a document number.</summary>
    public static IEnumerable<(int Index, int Length)> Find(string text) =>
        Issue().Matches(text).Select(m => (m.Index, m.Length))
            .Concat(DocumentNumber.FindAll(text).Select(n => (n.Index, n.Length)))
            .OrderBy(n => n.Index);
}
