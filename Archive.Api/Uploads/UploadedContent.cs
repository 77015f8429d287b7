using System.Collections.Immutable;
using Archive.Api.Contracts;

namespace Archive.Api.Uploads;

/// <summary>
/// Checks an uploaded file before the engine sees it. The type comes from the extension, and binary
/// formats must start with their signature: the Content-Type the client declared is never trusted.
/// </summary>
public static class UploadedContent
{
    public static readonly ImmutableArray<string> Extensions = [".txt", ".md", ".markdown", ".html", ".htm", ".docx", ".pdf"];

    /// <summary>Why this file cannot be ingested, or null when it may be.</summary>
    public static FileError? Refusal(string fileName, ReadOnlySpan<byte> content)
    {
        if (content.IsEmpty)
        {
            return new FileError("empty_file", "文件为空（0 字节），未导入。", "The file is empty (0 bytes); nothing to ingest.");
        }
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        if (!Extensions.Contains(extension))
        {
            var list = string.Join(", ", Extensions);
            return new FileError("unsupported_file_type",
                $"不支持此文件类型（{(extension.Length == 0 ? "无扩展名" : extension)}）。可上传：{list}。",
                $"This file type ({(extension.Length == 0 ? "no extension" : extension)}) is not supported. Accepted: {list}.");
        }
        var signature = extension switch
        {
            ".pdf" => "%PDF-"u8.ToArray(),
            ".docx" => "PK\u0003\u0004"u8.ToArray(),
            _ => null,
        };
        if (signature is not null && !content.StartsWith(signature))
        {
            return new FileError("content_mismatch",
                $"文件名为 {extension}，但内容不是 {extension} 格式，未导入。",
                $"The file is named {extension} but its content is not in that format; it was not ingested.");
        }
        return null;
    }
}
