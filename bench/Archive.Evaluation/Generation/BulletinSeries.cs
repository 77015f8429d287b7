namespace Archive.Evaluation.Generation;

/// <summary>A bulletin publication of one city: its name, publisher, the two sections its issues use and its house style.</summary>
internal sealed record BulletinSeries(string Name, string Publisher, City City, string HomeSection, string AwaySection, BulletinStyle Style);
