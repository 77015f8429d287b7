namespace Archive.Indexer.Regions;

/// <summary>One administrative division: a province, a prefecture-level city or a county-level area.</summary>
internal sealed record Place(string Code, string Name, PlaceLevel Level, Place? Parent)
{
    /// <summary>The path users see and filter by: 安徽省/安庆市/宜秀区 (municipalities: 北京市/东城区).</summary>
    public string Path => Parent is null ? Name : $"{Parent.Path}/{Name}";

    public bool IsWithin(Place other)
    {
        for (var p = this; p is not null; p = p.Parent)
            if (ReferenceEquals(p, other)) return true;
        return false;
    }

    public Place? City => Level switch
    {
        PlaceLevel.City => this,
        PlaceLevel.Area => Parent?.Level == PlaceLevel.City ? Parent : null,
        _ => null,
    };

    public Place Province => Parent is null ? this : Parent.Province;
}

internal enum PlaceLevel
{
    Province,
    City,
    Area,
}
