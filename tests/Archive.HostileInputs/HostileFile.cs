namespace Archive.HostileInputs;

/// <summary>A generated file meant to hurt a reader: its name (the extension picks the reader) and its bytes.</summary>
/// <param name="Shape">What it attacks, for the report (markdown: 100,000 emphasis markers).</param>
public sealed record HostileFile(string Shape, string FileName, byte[] Content)
{
    public override string ToString() => $"{Shape} ({FileName}, {Content.Length:N0} bytes)";
}
