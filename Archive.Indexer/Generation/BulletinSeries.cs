namespace Archive.Indexer.Generation;

/// <summary>A bulletin publication of one city: its name, publisher and the two sections its issues use.</summary>
internal sealed record BulletinSeries(string Name, string Publisher, City City, string HomeSection, string AwaySection);
