using System.Collections.Concurrent;

namespace Archive.Indexer.Chinese;

/// <summary>
/// Precise-mode segmentations of texts cut lately, by content, each kept for one later taker. Keyword extraction cuts
/// an article's title and body when the file is parsed, and the index's word analyzer cuts the same texts again when
/// the index catches up with the store: it takes the tokens kept instead, since the same text always cuts the same way.
/// Parsing runs thousands of articles ahead of storing, so the tokens are packed (about 3 bytes each instead of 16) and
/// kept in two generations of up to <c>capacity</c> / 2 texts: when the newer fills, the older is forgotten, so a text
/// nobody takes is held only until then and a text not found is cut as usual. Thread-safe.
/// </summary>
internal sealed class RecentSegmentations(int capacity)
{
    private const byte KindMask = 0x7F;
    private const byte OwnIncrement = 0x80;

    private readonly Lock _turnover = new();
    private Generation _newer = new();
    private Generation _older = new();

    /// <summary>Keeps the precise-mode tokens of <paramref name="text"/> for the next <see cref="TryTake"/> of the same text.</summary>
    public void Keep(string text, List<Token> tokens)
    {
        var newer = _newer;
        newer.Kept[text] = Pack(tokens);
        if (newer.Kept.Count < capacity / 2) return;
        lock (_turnover)
        {
            if (_newer != newer) return;
            _older = newer;
            _newer = new Generation();
        }
    }

    /// <summary>Appends the tokens kept for a text of this content and forgets them; false when none are kept.</summary>
    public bool TryTake(ReadOnlySpan<char> text, List<Token> tokens)
    {
        if (!_newer.TryRemove(text, out var packed) && !_older.TryRemove(text, out packed)) return false;
        Unpack(packed, tokens);
        return true;
    }

    /// <summary>Per token: the gap since the last token's end and its length (7 bits a byte), its kind, and its position increment when not 1.</summary>
    private static byte[] Pack(List<Token> tokens)
    {
        var packed = new List<byte>(tokens.Count * 3);
        var end = 0;
        foreach (var token in tokens)
        {
            Write(packed, token.Start - end);
            Write(packed, token.Length);
            packed.Add((byte)((byte)token.Kind | (token.PositionIncrement == 1 ? 0 : OwnIncrement)));
            if (token.PositionIncrement != 1) Write(packed, token.PositionIncrement);
            end = token.End;
        }
        return [.. packed];
    }

    private static void Unpack(byte[] packed, List<Token> tokens)
    {
        var (at, end) = (0, 0);
        while (at < packed.Length)
        {
            var start = end + Read(packed, ref at);
            var length = Read(packed, ref at);
            var kind = packed[at++];
            var increment = (kind & OwnIncrement) == 0 ? 1 : Read(packed, ref at);
            tokens.Add(new Token(start, length, (TokenKind)(kind & KindMask), increment));
            end = start + length;
        }
    }

    /// <summary>A number, 7 bits a byte (a negative gap, a search-mode sub-word inside its word, takes five).</summary>
    private static void Write(List<byte> packed, int value)
    {
        var bits = (uint)value;
        for (; bits >= 0x80; bits >>= 7) packed.Add((byte)(bits | 0x80));
        packed.Add((byte)bits);
    }

    private static int Read(byte[] packed, ref int at)
    {
        uint value = 0;
        for (var shift = 0; ; shift += 7)
        {
            var b = packed[at++];
            value |= (uint)(b & 0x7F) << shift;
            if (b < 0x80) return (int)value;
        }
    }

    private sealed class Generation
    {
        public ConcurrentDictionary<string, byte[]> Kept { get; } = new(StringComparer.Ordinal);

        private ConcurrentDictionary<string, byte[]>.AlternateLookup<ReadOnlySpan<char>> ByContent => Kept.GetAlternateLookup<ReadOnlySpan<char>>();

        public bool TryRemove(ReadOnlySpan<char> text, out byte[] packed) => ByContent.TryRemove(text, out _, out packed!);
    }
}
