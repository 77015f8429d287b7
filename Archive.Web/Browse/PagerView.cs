namespace Archive.Web.Browse;

/// <summary>Pagination links around the current page: first, a window of neighbours, last.</summary>
public sealed record PagerView(SearchState State, long PageCount)
{
    private const int Neighbours = 2;

    /// <summary>The pages to link, in order; null marks a gap (…).</summary>
    public IReadOnlyList<int?> Pages()
    {
        var current = State.Page;
        var last = (int)PageCount;
        var pages = new List<int?>();
        for (var page = 1; page <= last; page++)
        {
            if (page == 1 || page == last || Math.Abs(page - current) <= Neighbours) pages.Add(page);
            else if (pages[^1] is not null) pages.Add(null);
        }
        return pages;
    }
}
