using System.Text.RegularExpressions;
using Archive.Indexer.Parsing;
using Archive.Indexer.Parsing.Recognizers;
using Archive.Indexer.Text;

namespace Archive.Indexer.Tests.Parsing;

/// <summary>
/// Every line of a document that is not page furniture (nor holds it: a jump, (下转02版)) lands in the parse: in an article (title, subtitle, credits,
/// captions, body) or in the document's front or back matter, and exactly once. Checked word run by word run (a run
/// of letters and digits between punctuation): each run of a line is found in the parse; a long run is found as many
/// times as the source prints it, never more. Over the five samples and every file of the development corpus.
/// </summary>
public sealed partial class NothingLostTests
{
    [Theory]
    [MemberData(nameof(Samples))]
    public void Every_line_of_a_sample_lands_exactly_once(string file) =>
        AssertNothingLost(file, DocumentReader.Read(file, File.ReadAllBytes(Path.Combine(Parsing.Samples.Folder, file))));

    [Theory]
    [MemberData(nameof(CorpusFiles))]
    public void Every_line_of_a_real_document_lands_exactly_once(string file)
    {
        var document = Corpus.Find(file);
        AssertNothingLost(file, DocumentReader.Read(document.File, File.ReadAllBytes(document.Path)));
    }

    public static IEnumerable<object[]> Samples() => Parsing.Samples.Files();

    public static IEnumerable<object[]> CorpusFiles() => Corpus.Files();

    private static void AssertNothingLost(string file, ExtractedText text)
    {
        var parser = Parsing.Samples.Parser;
        var doc = parser.Parse(text);
        var lines = SourceLine.Read(text, parser.Gazetteer.Characters);
        Assert.Equal(lines.Count, doc.LineRoles.Count);

        // Where text lands; the fields read off it (series, publisher, department, sections) count for finding, not for doubling.
        var landed = string.Concat(TextPlaces(doc).Select(p => Punctuation.Compact(p ?? "")));
        var everything = landed + string.Concat(Fields(doc).Select(p => Punctuation.Compact(p ?? "")));
        var source = new List<string>();
        for (var i = 0; i < lines.Count; i++)
            if (!Enum.Parse<LineRole>(doc.LineRoles[i].Replace("_", ""), ignoreCase: true).IsFurniture())
                source.Add(PageFurniture.WithoutJump(lines[i].Text)); // a jump to another page ((下转02版)) is furniture inside a line
        var sourceText = string.Concat(source.Select(Punctuation.Compact));

        var problems = new List<string>();
        foreach (var line in source)
        {
            foreach (Match run in Run().Matches(line))
            {
                if (!Covered(everything, run.Value)) problems.Add($"lost: {run.Value}  (in: {Excerpt(line)})");
                else if (run.Length >= 10 && Count(landed, run.Value) > Count(sourceText, run.Value)) problems.Add($"doubled: {run.Value}");
            }
        }
        Assert.True(problems.Count == 0, $"{file}:\n{string.Join("\n", problems.Distinct().Take(20))}");
    }

    private static IEnumerable<string?> TextPlaces(ParsedDocument d)
    {
        foreach (var line in d.FrontMatter.Concat(d.BackMatter)) yield return line;
        foreach (var a in d.Articles)
        {
            yield return a.Title;
            yield return a.Subtitle;
            foreach (var credit in a.Credits) yield return credit;
            foreach (var caption in a.Captions) yield return caption;
            yield return a.Body;
        }
    }

    private static IEnumerable<string?> Fields(ParsedDocument d) =>
        new[] { d.Title, d.Series, d.Publisher, d.Recipients, d.Author, d.Site, d.EditorsNote, d.LeaderInstructions }
            .Concat(d.Distribution?.Values ?? [])
            .Concat(d.Articles.SelectMany(a => new[] { a.Section, a.SourceDepartment }.Concat(a.Authors)));

    /// <summary>Whether the run stands in the output whole, or in pieces where the parser split it (a title's 第2页 kept apart).</summary>
    private static bool Covered(string output, string run)
    {
        var at = 0;
        while (at < run.Length)
        {
            var length = run.Length - at;
            while (length > 2 && !output.Contains(run.AsSpan(at, length), StringComparison.Ordinal)) length--;
            // Pieces of two characters at least, but for a last one standing alone.
            if (!output.Contains(run.AsSpan(at, length), StringComparison.Ordinal) && !(length == 1 && output.Contains(run[at]))) return false;
            at += length;
        }
        return true;
    }

    private static int Count(string text, string piece)
    {
        var count = 0;
        for (var i = text.IndexOf(piece, StringComparison.Ordinal); i >= 0; i = text.IndexOf(piece, i + 1, StringComparison.Ordinal))
            count++;
        return count;
    }

    private static string Excerpt(string line) => line.Length <= 40 ? line : line[..40] + "…";

    [GeneratedRegex(@"[\p{L}\p{N}]{2,}")]
    private static partial Regex Run();
}
