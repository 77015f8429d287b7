namespace Archive.Indexer.Chinese;

/// <summary>
/// GB2312's common rows: its symbols (A1-A9) and its 3,755 level-1 characters (B0-D7), the most used. The text decoder
/// weighs an encoding by how much of a text they read as.
/// </summary>
internal static class Gb2312
{
    private const byte Level1First = 0xB0, Level1Last = 0xD7, CellFirst = 0xA1, CellLast = 0xFE;

    /// <summary>Whether a two-byte code is one of the symbols or the level-1 characters.</summary>
    public static bool IsCommon(byte lead, byte trail) =>
        lead is (>= 0xA1 and <= 0xA9) or (>= Level1First and <= Level1Last) && trail is >= CellFirst and <= CellLast;
}
