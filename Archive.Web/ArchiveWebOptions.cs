namespace Archive.Web;

/// <summary>Settings of the UI (section Archive:Web); the defaults need no configuration.</summary>
public sealed record ArchiveWebOptions
{
    /// <summary>Whose archive this is: articles from anywhere else count as 外地经验 on the home page.</summary>
    public string HomeRegion { get; init; } = "安徽省/安庆市";
}
