namespace Archive.Indexer.Regions;

/// <summary>The levels a place's name ends in (县, 区, 镇, 街道 …): the shape of a place's name, held by the gazetteer or not.</summary>
internal static class PlaceLevels
{
    public static bool EndsInLevel(ReadOnlySpan<char> name) =>
        name.EndsWith("街道") || name.EndsWith("社区")
        || name.Length > 0 && name[^1] is '省' or '市' or '县' or '区' or '州' or '盟' or '旗' or '镇' or '乡' or '村';
}
