using System.Text;
using System.Text.RegularExpressions;
using Archive.Indexer.Parsing;

namespace Archive.Indexer.Tests.Parsing;

/// <summary>
/// Every sentence of a sample lands in exactly one place: an article body, a title, a caption, a document field,
/// or chrome the parser drops on purpose (the masthead's date and issue, label lines, a site's footer, a stray mark).
/// A sentence is counted in the source and in the output: fewer means lost, more means doubled.
/// </summary>
public sealed partial class NothingLostTests
{
    [Theory]
    [MemberData(nameof(Files))]
    public void Every_sentence_lands_exactly_once(string file)
    {
        var source = File.ReadAllText(Path.Combine(Samples.Folder, file)).Replace("\r\n", "\n");
        var doc = Samples.Parse(file);
        var output = string.Join("|", Places(doc).Where(p => !string.IsNullOrEmpty(p)).Select(Normalize));
        var lines = source.Split('\n').Select(l => ContentsLeader().Replace(l.Trim(), "")).Where(l => l.Length > 0).ToList();
        var sourceText = string.Concat(lines.Select(Normalize));
        var footerStarted = false;

        var problems = new List<string>();
        foreach (var line in lines)
        {
            footerStarted |= doc.Kind == DocumentKind.WebArticle && WebFooter().IsMatch(line);
            if (footerStarted || IsDroppedChrome(line, doc)) continue;
            foreach (var piece in SentenceEnd().Split(Normalize(line)).Select(p => p.TrimEnd('。', '！', '？', '：', ':')))
            {
                if (piece.Length == 0) continue;
                var inOutput = Count(output, piece);
                if (inOutput == 0) problems.Add($"lost: {piece}");
                // Short pieces (a section name, a name) legitimately recur; long ones must appear as often as in the source.
                else if (piece.Length >= 6 && inOutput != Count(sourceText, piece))
                    problems.Add($"{(inOutput > Count(sourceText, piece) ? "doubled" : "lost")}: {piece}");
            }
        }
        Assert.True(problems.Count == 0, $"{file}:\n{string.Join("\n", problems)}");
    }

    public static IEnumerable<object[]> Files() => Samples.Files();

    /// <summary>Each place a sentence can land, once: fields copied from the document into its article are not places.</summary>
    private static IEnumerable<string?> Places(ParsedDocument d)
    {
        yield return d.Title;
        yield return d.Series;
        yield return d.Publisher;
        yield return d.DocNumber;
        yield return d.Urgency;
        yield return d.Recipients;
        yield return d.Author;
        yield return d.Site;
        yield return d.LeaderInstructions;
        foreach (var (key, value) in d.Distribution ?? new Dictionary<string, string>())
            yield return key + "：" + value;
        foreach (var entry in d.Contents)
            yield return entry.Title;
        foreach (var section in d.Contents.Select(c => c.Section).Concat(d.Articles.Select(a => a.Section)).Distinct())
            yield return section;
        foreach (var a in d.Articles)
        {
            if (a.Title != d.Title) yield return a.Title;
            yield return a.Subtitle;
            if (a.SourceDepartment != d.Publisher) yield return a.SourceDepartment;
            yield return string.Concat(a.Authors);
            foreach (var caption in a.Captions) yield return caption;
            yield return a.Body;
        }
    }

    /// <summary>Lines the parser reads into typed fields (dates, numbers) or drops as page furniture.</summary>
    private static bool IsDroppedChrome(string line, ParsedDocument doc)
    {
        var compact = Normalize(line);
        if (compact.Length <= 2 && !compact.Any(c => c >= '\u4e00')) return true; // a stray X
        if (ChineseDate.ParseExact(line) is { } date) return date == doc.Date;
        if (IssueLine().Match(compact) is { Success: true } issue) return int.Parse(issue.Groups[1].Value) == doc.IssueNumber;
        if (compact.StartsWith("领导批示", StringComparison.Ordinal)) return doc.LeaderInstructions is null && compact.Length <= 5;
        if (doc.DocNumber is not null && compact.Contains(Normalize(doc.DocNumber), StringComparison.Ordinal)) return true;
        var labels = LabelLine().Matches(line);
        if (labels.Count > 0)
        {
            return labels.All(l => l.Groups[2].Value == doc.Author || l.Groups[2].Value == doc.Views?.ToString()
                                   || ChineseDate.FindFirst(l.Groups[2].Value) == doc.Date);
        }
        return false;
    }

    private static int Count(string text, string piece)
    {
        var count = 0;
        for (var i = text.IndexOf(piece, StringComparison.Ordinal); i >= 0; i = text.IndexOf(piece, i + piece.Length, StringComparison.Ordinal))
            count++;
        return count;
    }

    /// <summary>The same on both sides: no white space, no markdown or bullet marks, no brackets, no byline roles.</summary>
    private static string Normalize(string? text)
    {
        var sb = new StringBuilder();
        foreach (var c in NormalizeWords().Replace(text ?? "", ""))
            if (!char.IsWhiteSpace(c) && "#*△★（）()——".IndexOf(c) < 0) sb.Append(c);
        return sb.ToString();
    }

    [GeneratedRegex(@"本报记者|记者|通讯员|本报讯|摄$|\s摄(?=\s|$)")]
    private static partial Regex NormalizeWords();

    [GeneratedRegex(@"(?<=[。！？])")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"(?:[.．…]{2,}\s*|\s+)\d{1,3}$")]
    private static partial Regex ContentsLeader();

    [GeneratedRegex(@"^第(\d+)期$")]
    private static partial Regex IssueLine();

    [GeneratedRegex(@"(发布日期|作者|浏览次数)\s*[:：]\s*(\S+)")]
    private static partial Regex LabelLine();

    [GeneratedRegex(@"^(?:主办单位|承办单位|技术支持)")]
    private static partial Regex WebFooter();
}
