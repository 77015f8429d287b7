namespace Archive.HostileInputs;

/// <summary>A query meant to break the query parser or make a search expensive, and what it attacks.</summary>
public sealed record HostileQuery(string Shape, string Text);
