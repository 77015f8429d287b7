using System.Globalization;
using System.Text.Json;
using Archive.Indexer.Store;

namespace Archive.Indexer.Generation;

/// <summary>How a store compares to a generated corpus's manifest.</summary>
public sealed record ManifestCheck(int Files, int Articles, int ArticlesFound, IReadOnlyList<string> Mismatches)
{
    public bool Exact => ArticlesFound == Articles && Mismatches.Count == 0;
}

/// <summary>
/// Checks a store against manifest.jsonl: every file's document found by its content id, every article found
/// in order, and every field the manifest states equal to what was stored.
/// </summary>
public static class ManifestVerifier
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public static ManifestCheck Verify(string corpusDirectory, ArchiveStore store)
    {
        var mismatches = new List<string>();
        int files = 0, articles = 0, found = 0;
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
                if (expected is not null && !Equals(expected, actual))
                {
                    mismatches.Add($"{entry.File}: {field} expected «{expected}», stored «{actual}»");
                }
            }

            Compare("kind", entry.Kind, JsonNamingPolicy.SnakeCaseLower.ConvertName(document.Kind.ToString()));
            Compare("title", entry.Title, document.Title);
            Compare("series", entry.Series, document.Series);
            Compare("issue_number", entry.IssueNumber, document.IssueNumber);
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
                    : stored.FirstOrDefault(a => a.Title == expected.Title) ?? (index < stored.Count ? stored[index] : null);
                if (actual is null || !Squeeze(actual.Body).Contains(Squeeze(expected.BodyStart), StringComparison.Ordinal))
                {
                    mismatches.Add($"{entry.File}#{index + 1}: article «{expected.Title}» not found");
                    continue;
                }

                found++;
                void CompareArticle(string field, object? want, object? got)
                {
                    if (want is not null && !Equals(want, got))
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
                if (expected.Authors.Count > 0)
                {
                    CompareArticle("authors", string.Join("、", expected.Authors), string.Join("、", actual.Authors));
                }
            }
        }

        return new ManifestCheck(files, articles, found, mismatches);
    }

    private static string Squeeze(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
