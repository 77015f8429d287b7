using System.Text.RegularExpressions;

namespace Archive.Indexer.Parsing.Recognizers;

/// <summary>The heading of a table of contents: 目　录, 本期目录, 本期导读, 本期要目, 要目, 目录/提纲, bracketed or not (【本期要目】). Reads folded text.</summary>
internal static partial class ContentsLabel
{
    public static bool Matches(string folded) => folded.Length <= 24 && Label().IsMatch(Punctuation.Compact(folded));

    [GeneratedRegex(@"^(?:【|〔|\[|\()?(?:目录|本期(?:要目|导读|目录|内容|提要)|要目|目录/提纲)(?:】|〕|\]|\))?[:…\.]*$")]
    private static partial Regex Label();
}
