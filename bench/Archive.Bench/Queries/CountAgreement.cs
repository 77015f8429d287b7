using Archive.Indexer;

namespace Archive.Bench.Queries;

/// <summary>
/// Whether a search's total, its pages and its export agree: the export (up to 10,000 hits) lists as many hits as the
/// total says (or the limit), and the first <see cref="Pages"/> pages, of 100 and of 7 hits, list the export's hits
/// in its order. Checked on every search of a mix, as full matches (an export never lists a partial answer's).
/// </summary>
internal static class CountAgreement
{
    private const int ExportLimit = 10_000;
    private const int Pages = 10;

    /// <summary>Null when they agree, else what differs.</summary>
    public static string? Check(ArchiveService archive, SearchRequest request)
    {
        var plain = request with { WithFacets = false, WithHighlights = false, Page = 1 };
        List<string> exported;
        long exportTotal;
        using (var export = archive.Export(plain, ExportLimit))
        {
            exportTotal = export.Total;
            exported = export.Hits.Select(h => h.ArticleId).ToList();
        }
        var strict = plain with { WithPartialMatches = false };
        var total = archive.Search(strict with { PageSize = 1 }).Total;
        if (total != exportTotal) return $"total {total:N0}, export total {exportTotal:N0}";
        if (exported.Count != Math.Min(total, ExportLimit)) return $"total {total:N0}, {exported.Count:N0} exported";
        foreach (var size in new[] { 100, 7 })
        {
            var wanted = (int)Math.Min(total, size * Pages);
            var paged = new List<string>(wanted);
            for (var page = 1; paged.Count < wanted; page++)
            {
                var results = archive.Search(strict with { Page = page, PageSize = size });
                if (results.Total != total) return $"page {page} of {size}: total {results.Total:N0} instead of {total:N0}";
                if (results.Hits.Count == 0) break;
                paged.AddRange(results.Hits.Select(h => h.ArticleId));
            }
            if (!paged.Take(wanted).SequenceEqual(exported.Take(wanted))) return $"pages of {size} differ from the export within the first {wanted:N0} hits";
        }
        return null;
    }
}
