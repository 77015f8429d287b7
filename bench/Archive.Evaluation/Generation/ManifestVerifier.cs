using System.Globalization;
using System.Text.Json;
using Archive.Indexer.Store;

namespace Archive.Evaluation.Generation;

/// <summary>How a store compares to a generated corpus's manifest.</summary>
/// <param name="Fields">How many fields were compared (bodies included): the mismatches' denominator.</param>
internal sealed record ManifestCheck(int Files, int Articles, int ArticlesFound, int Fields, IReadOnlyList<string> Mismatches)
{
    /// <summary>The share of the fields compared that were right.</summary>
    public double FieldAccuracy => Fields == 0 ? 1 : 1 - (double)Mismatches.Count / Fields;

    public bool Exact => ArticlesFound == Articles && Mismatches.Count == 0;
}

/// <summary>
/// Checks a store against manifest.jsonl: every file's document found by its content id, every article found in
/// order by its title, and every field equal to what was stored, a null where the manifest states none included;
/// an article's body by its length and the sha256 of its text without white space (<see cref="ManifestBody"/>).
/// </summary>
internal static class ManifestVerifier
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public static ManifestCheck Verify(string corpusDirectory, ArchiveStore store)
    {
        var mismatches = new List<string>();
        int files = 0, articles = 0, found = 0, fields = 0;
        foreach (var line in File.ReadLines(Path.Combine(corpusDirectory, "manifest.jsonl")))
        {
            var entry = JsonSerializer.Deserialize<ManifestEntry>(line, Json)!;
            files++;
            articles += entry.Articles.Count;
            var id = ContentIdentity.DocumentId(ContentIdentity.Sha256Hex(File.ReadAllBytes(Path.Combine(corpusDirectory, entry.File))));
            var document = store.GetDocument(id);
            if (document is null)
            {
                mismatches.Add($"{entry.File}: not stored");
                continue;
            }

            void Compare(string field, object? expected, object? actual)
            {
                fields++;
                if (!Equals(expected, actual))
                {
                    mismatches.Add($"{entry.File}: {field} expected «{expected}», stored «{actual}»");
                }
            }

            Compare("kind", entry.Kind, JsonNamingPolicy.SnakeCaseLower.ConvertName(document.Kind.ToString()));
            Compare("title", entry.Title, document.Title);
            Compare("series", entry.Series, document.Series);
            Compare("issue_number", entry.IssueNumber, document.IssueNumber);
            Compare("total_issue_number", entry.TotalIssueNumber, document.TotalIssueNumber);
            Compare("date", entry.Date, document.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            Compare("publisher", entry.Publisher, document.Publisher);
            Compare("region", entry.Region, document.Region);
            Compare("doc_number", entry.DocNumber, document.DocNumber);
            Compare("urgency", entry.Urgency, document.Urgency);
            Compare("recipients", entry.Recipients, document.Recipients);
            Compare("author", entry.Author, document.Author);
            Compare("site", entry.Site, document.Site);
            Compare("views", entry.Views, document.Views);

            var stored = store.GetArticlesOfDocument(id);
            if (stored.Count != entry.Articles.Count)
            {
                mismatches.Add($"{entry.File}: {entry.Articles.Count} articles expected, {stored.Count} stored: {string.Join(" | ", stored.Select(a => a.Title))}");
            }

            foreach (var (expected, index) in entry.Articles.Select((a, i) => (a, i)))
            {
                // By position first: an issue may hold two articles of the same title.
                var actual = index < stored.Count && stored[index].Title == expected.Title
                    ? stored[index]
                    : stored.FirstOrDefault(a => a.Title == expected.Title);
                if (actual is null)
                {
                    mismatches.Add($"{entry.File}#{index + 1}: article «{expected.Title}» not found");
                    continue;
                }

                found++;
                void CompareArticle(string field, object? want, object? got)
                {
                    fields++;
                    if (!Equals(want, got))
                    {
                        mismatches.Add($"{entry.File}#{index + 1}: {field} expected «{want}», stored «{got}»");
                    }
                }

                CompareArticle("title", expected.Title, actual.Title);
                CompareArticle("subtitle", expected.Subtitle, actual.Subtitle);
                CompareArticle("section", expected.Section, actual.Section);
                CompareArticle("source_department", expected.SourceDepartment, actual.SourceDepartment);
                CompareArticle("region", expected.Region, actual.Region);
                CompareArticle("page", expected.Page, actual.Page);
                CompareArticle("authors", string.Join("、", expected.Authors), string.Join("、", actual.Authors));
                fields++;
                var body = ManifestBody.Normalize(actual.Body);
                if (body.Length != expected.BodyChars || ManifestBody.Sha256(body) != expected.BodySha256)
                {
                    mismatches.Add($"{entry.File}#{index + 1}: body of {expected.BodyChars} characters expected, {body.Length} stored " +
                                   $"(stored starts «{body[..Math.Min(24, body.Length)]}», ends «{body[Math.Max(0, body.Length - 24)..]}»)");
                }
            }
        }

        return new ManifestCheck(files, articles, found, fields, mismatches);
    }
}
