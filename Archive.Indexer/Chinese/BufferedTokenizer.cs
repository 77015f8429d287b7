using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Archive.Indexer.Chinese;

/// <summary>
/// A Lucene tokenizer that reads the whole field value, lets a subclass cut it into <see cref="Token"/>s,
/// then emits them with their normalized text, exact offsets (corrected through any char filter) and position increments.
/// The buffers are reused from one field value to the next.
/// </summary>
public abstract class BufferedTokenizer : Tokenizer
{
    private readonly ICharTermAttribute term;
    private readonly IOffsetAttribute offset;
    private readonly IPositionIncrementAttribute positionIncrement;
    private readonly List<Token> tokens = [];
    private char[] buffer = new char[1024];
    private int length;
    private int next;

    protected BufferedTokenizer(TextReader input) : base(input)
    {
        term = AddAttribute<ICharTermAttribute>();
        offset = AddAttribute<IOffsetAttribute>();
        positionIncrement = AddAttribute<IPositionIncrementAttribute>();
    }

    /// <summary>Cuts the field value into the tokens to emit, in order of start offset.</summary>
    protected abstract void Cut(ReadOnlySpan<char> text, List<Token> tokens);

    public sealed override bool IncrementToken()
    {
        if (next >= tokens.Count) return false;
        ClearAttributes();
        var token = tokens[next++];
        var termBuffer = term.ResizeBuffer(token.Length);
        CharClass.Normalize(buffer.AsSpan(token.Start, token.Length), termBuffer);
        term.Length = token.Length;
        offset.SetOffset(CorrectOffset(token.Start), CorrectOffset(token.End));
        positionIncrement.PositionIncrement = token.PositionIncrement;
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        length = 0;
        int read;
        while ((read = m_input.Read(buffer, length, buffer.Length - length)) > 0)
        {
            length += read;
            if (length == buffer.Length) Array.Resize(ref buffer, buffer.Length * 2);
        }
        tokens.Clear();
        next = 0;
        Cut(buffer.AsSpan(0, length), tokens);
    }

    public override void End()
    {
        base.End();
        var final = CorrectOffset(length);
        offset.SetOffset(final, final);
    }
}
