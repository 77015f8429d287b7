using System.Text.RegularExpressions;

namespace Archive.Indexer.Parsing.Recognizers;

/// <summary>
/// 文号 in any bracket and spacing: 庆组明电〔2020〕2号, 皖组字[2020]12号, 长委〔2011〕11 号, (2020), 【2020】. Written
/// back with the standard 〔〕 (GB/T 9704) and without spaces. Reads folded text (［ and （ fold to [ and ().
/// </summary>
internal static partial class DocumentNumber
{
    /// <summary>A number read in folded text: <see cref="Normalized"/> simplified, <see cref="PrefixLength"/> the folded length of
    /// its issuer's prefix (0 for a series number, 第3号).</summary>
    public sealed record Number(string Normalized, int Index, int Length, int PrefixLength = 0)
    {
        /// <summary>
        /// The number written like <see cref="Normalized"/> but in the script the line prints it in: a traditional page's
        /// 滬府發(fā)〔2017〕92號 keeps its characters and glosses, as the title does; the brackets are the standard's all the same.
        /// </summary>
        public string Printed(SourceLine line)
        {
            if (PrefixLength == 0) return Punctuation.Compact(line.Cut(Index, Length));
            // Up to the folded character after the prefix, so that a gloss closing the prefix (發(fā)) stays with it.
            var prefix = line.Cut(Index, PrefixLength + 1)[..^1].TrimEnd();
            var rest = Normalized[PrefixLength..];
            return Normalized.EndsWith('号') ? prefix + rest[..^1] + line.Cut(Index + Length - 1, 1) : prefix + rest;
        }
    }

    /// <summary>Every document number in the text, in order.</summary>
    public static IEnumerable<Number> FindAll(string folded)
    {
        foreach (Match m in Pattern().Matches(folded))
            yield return new Number($"{m.Groups["prefix"].Value}〔{m.Groups["year"].Value}〕{m.Groups["n"].Value}号", m.Index, m.Length, m.Groups["prefix"].Length);
    }

    /// <summary>
    /// A line that is a document number and little else (the heading block's: 等级 特急·明电 庆组明电〔2020〕2号); a number
    /// alone on its line may lack its 号 (湖委发〔2018〕20), kept as printed, or its year, as a 通告 or 公告 numbers its
    /// series under its title ((县疫情防控指挥部第1号), （第3号）), kept without the brackets.
    /// </summary>
    public static Number? ReadLine(string folded)
    {
        if (folded.Length > 60 || folded.Contains('。')) return null;
        if (WithoutHao().Match(folded) is { Success: true } bare)
            return new Number($"{bare.Groups["prefix"].Value}〔{bare.Groups["year"].Value}〕{bare.Groups["n"].Value}", bare.Groups["prefix"].Index, bare.Length - bare.Groups["prefix"].Index, bare.Groups["prefix"].Length);
        if (InSeries().Match(folded) is { Success: true } series)
            return new Number(Punctuation.Compact(series.Groups["number"].Value), series.Groups["number"].Index, series.Groups["number"].Length);
        var number = FindAll(folded).FirstOrDefault();
        if (number is null) return null;
        var rest = Punctuation.Compact(folded.Remove(number.Index, number.Length)).Trim('(', ')');
        return rest.Length <= 24 ? number : null;
    }

    [GeneratedRegex(@"(?<prefix>[\u4e00-\u9fa5]{1,14})\s*[〔\[(【]\s*(?<year>[0-9]{4})\s*[〕\])】]\s*(?<n>[0-9]{1,5})\s*号")]
    private static partial Regex Pattern();

    [GeneratedRegex(@"^\s*(?<prefix>[\u4e00-\u9fa5]{1,14})\s*[〔\[【]\s*(?<year>[0-9]{4})\s*[〕\]】]\s*(?<n>[0-9]{1,5})\s*$")]
    private static partial Regex WithoutHao();

    [GeneratedRegex(@"^\s*\(\s*(?<number>[\u4e00-\u9fa5]{0,14}第\s*[0-9]{1,5}\s*号)\s*\)\s*$")]
    private static partial Regex InSeries();
}
