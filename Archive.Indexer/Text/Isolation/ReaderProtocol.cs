using System.Buffers.Binary;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Archive.Indexer.Text.Isolation;

/// <summary>
/// The frames between the archive and a reader process, over its standard input and output. A request is the
/// file's name and bytes; an answer is the extracted text (JSON) or why the file cannot be read. The process
/// announces itself with one byte before its first answer. Every length is checked before it is allocated.
/// </summary>
internal static class ReaderProtocol
{
    public const byte Ready = 0x5A;

    /// <summary>Why a file is refused whose reading filled the reader's heap, whether the reader answered so or the runtime ended it.</summary>
    public const string OutOfMemoryMessage =
        "reading the file needed more memory than a reader may use: the file is damaged or built to be expensive";

    /// <summary>A request's file or an answer's text at most: past the archive's file limit, and a reader refuses more text first.</summary>
    private const int MaxChunkBytes = 1 << 30;

    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public enum Outcome : byte
    {
        Text = 0,
        Unreadable = 1,
        /// <summary>The reader's heap ran out: the process ends after answering.</summary>
        OutOfMemory = 2,
        /// <summary>Unreadable as text, but pages a recognizer may read (<see cref="UnreadableFileException.ScannedOnly"/>).</summary>
        ScannedOnly = 3,
        /// <summary>Refused for what reading it costs any reader (<see cref="UnreadableFileException.Expensive"/>).</summary>
        Expensive = 4,
    }

    public sealed record Answer(Outcome Outcome, ExtractedText? Text, string? Message);

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

    public static void WriteAnswer(Stream output, Answer answer)
    {
        output.WriteByte((byte)answer.Outcome);
        WriteChunk(output, answer.Outcome == Outcome.Text
            ? JsonSerializer.SerializeToUtf8Bytes(answer.Text, Json)
            : Encoding.UTF8.GetBytes(answer.Message ?? ""));
        output.Flush();
    }

    /// <summary>The answer; null when the process ended before it was complete.</summary>
    /// <exception cref="InvalidDataException">The answer breaks the protocol.</exception>
    public static Answer? ReadAnswer(Stream input)
    {
        var outcome = input.ReadByte();
        if (outcome < 0) return null;
        var payload = ReadChunk(input);
        if (payload is null) return null;
        return (Outcome)outcome switch
        {
            Outcome.Text => new Answer(Outcome.Text, JsonSerializer.Deserialize<ExtractedText>(payload, Json)
                                                     ?? throw new InvalidDataException("an empty text answer"), null),
            Outcome.Unreadable or Outcome.OutOfMemory or Outcome.ScannedOnly or Outcome.Expensive => new Answer((Outcome)outcome, null, Encoding.UTF8.GetString(payload)),
            _ => throw new InvalidDataException($"unknown outcome {outcome}"),
        };
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
        var header = new byte[4];
        if (!Fill(input, header)) return null;
        var length = BinaryPrimitives.ReadInt32LittleEndian(header);
        if (length is < 0 or > MaxChunkBytes) throw new InvalidDataException($"a frame of {length} bytes");
        var chunk = new byte[length];
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
