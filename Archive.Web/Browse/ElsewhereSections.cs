namespace Archive.Web.Browse;

/// <summary>
/// The sections in which bulletins print other places' experience, each house its own name (安庆 市外参考, many 他山之石,
/// others 外地经验, 市外传真 …): the home page's 外地经验 browses those the archive holds, and their hits are badged.
/// </summary>
public static class ElsewhereSections
{
    private static readonly HashSet<string> Names =
        ["市外参考", "他山之石", "他山攻玉", "外地经验", "外地动态", "外地做法", "外地传真", "市外传真", "省外传真", "外省市动态", "兄弟单位", "域外视点"];

    public static bool Contains(string? section) => section is not null && Names.Contains(section);

    /// <summary>The section facet's values that are such sections, most articles first.</summary>
    public static IReadOnlyList<FacetValue> In(IReadOnlyList<FacetValue>? sections) =>
        sections is null ? [] : [.. sections.Where(v => Contains(v.Value)).OrderByDescending(v => v.Count)];
}
