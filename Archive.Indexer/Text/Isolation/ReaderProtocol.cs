using System.Buffers.Binary;
using System.Text;
using System.Text.Json;

namespace Archive.Indexer.Text.Isolation;

/// <summary>
/// The frames between the archive and a reader process, over its standard input and output. A request is the
/// file's name and bytes; an answer is the extracted text (JSON) or why the file cannot be read. The process
/// announces itself with one byte before its first answer.
/// </summary>
internal static class ReaderProtocol
{
    public const byte Ready = 0x5A;

    public enum Outcome : byte
    {
        Text = 0,
        Unreadable = 1,
    }

    public static void WriteRequest(Stream output, string fileName, ReadOnlySpan<byte> content)
    {
        WriteChunk(output, Encoding.UTF8.GetBytes(fileName));
        WriteChunk(output, content);
        output.Flush();
    }

    /// <summary>The next request, or null when the archive closed the pipe (it is done, or gone).</summary>
    public static (string FileName, byte[] Content)? ReadRequest(Stream input)
    {
        var name = ReadChunk(input);
        if (name is null) return null;
        var content = ReadChunk(input) ?? throw new EndOfStreamException("the request ended before its content");
        return (Encoding.UTF8.GetString(name), content);
    }

    public static void WriteAnswer(Stream output, Outcome outcome, ExtractedText? text, string? message)
    {
        output.WriteByte((byte)outcome);
        WriteChunk(output, outcome == Outcome.Text
            ? JsonSerializer.SerializeToUtf8Bytes(text)
            : Encoding.UTF8.GetBytes(message ?? ""));
        output.Flush();
    }

    /// <summary>The answer; null when the process ended before it was complete.</summary>
    public static (Outcome Outcome, ExtractedText? Text, string? Message)? ReadAnswer(Stream input)
    {
        var outcome = input.ReadByte();
        if (outcome < 0) return null;
        var payload = ReadChunk(input);
        if (payload is null) return null;
        return (Outcome)outcome == Outcome.Text
            ? (Outcome.Text, JsonSerializer.Deserialize<ExtractedText>(payload), null)
            : (Outcome.Unreadable, null, Encoding.UTF8.GetString(payload));
    }

    private static void WriteChunk(Stream output, ReadOnlySpan<byte> bytes)
    {
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(length, bytes.Length);
        output.Write(length);
        output.Write(bytes);
    }

    private static byte[]? ReadChunk(Stream input)
    {
        var length = new byte[4];
        if (!Fill(input, length)) return null;
        var chunk = new byte[BinaryPrimitives.ReadInt32LittleEndian(length)];
        return Fill(input, chunk) ? chunk : null;
    }

    private static bool Fill(Stream input, byte[] buffer)
    {
        try
        {
            input.ReadExactly(buffer);
            return true;
        }
        catch (EndOfStreamException)
        {
            return false;
        }
    }
}
