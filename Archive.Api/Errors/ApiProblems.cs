using Archive.Api.Contracts;

namespace Archive.Api.Errors;

/// <summary>
/// Every problem the API answers with, by stable code (docs/api.md lists them). Messages say what is
/// wrong and what to do, in Chinese and English; none carries a stack trace or a secret.
/// </summary>
public static class ApiProblems
{
    /// <summary>
    /// A parameter refused, named before what is wrong with it (参数 page：页码“abc”无效…), once: a message that names it
    /// itself (参数 q 含有…) is not named again, and the reason says 无效 where it is, not the name too.
    /// </summary>
    public static ApiProblem InvalidParameter(string name, string en, string zh, IReadOnlyList<string>? allowed = null) =>
        Make(StatusCodes.Status400BadRequest, "invalid_parameter", "Invalid parameter",
            $"Parameter '{name}': {en}", zh.StartsWith($"参数 {name}", StringComparison.Ordinal) ? zh : $"参数 {name}：{zh}") with { Allowed = allowed };

    public static ApiProblem MalformedRequest(string reason) =>
        Make(StatusCodes.Status400BadRequest, "malformed_request", "Malformed request",
            $"The request could not be read: {reason} Check the parameter types (page and size are whole numbers, other_regions is true or false).",
            $"请求无法解析：{reason} 请检查参数格式（page、size 为整数，other_regions 为 true 或 false）。");

    public static ApiProblem InvalidId(string kind, string id) =>
        Make(StatusCodes.Status400BadRequest, "invalid_id", "Invalid identifier",
            $"'{Echo(id)}' is not a valid {kind} id: ids are 1-100 letters, digits, '-' or '_' (as returned by search).",
            $"“{Echo(id)}”不是有效的{(kind == "article" ? "文章" : "文档")}编号：编号由 1-100 个字母、数字、“-”或“_”组成（以检索结果中返回的为准）。");

    /// <summary>
    /// A parameter of one value sent several times (count=3&amp;count=5): said as such, where the framework reads the
    /// values joined ('3,5' is not a whole number) or, for a text, searches for them joined.
    /// </summary>
    public static ApiProblem GivenMoreThanOnce(string name, IReadOnlyList<string?> values)
    {
        var listed = Echo(string.Join(", ", values), 50);
        return InvalidParameter(name, $"given {values.Count} times ({listed}); give it once.", $"参数 {name} 出现了 {values.Count} 次（{listed}）；只能给一次。");
    }

    public static ApiProblem KeyInQueryString(string parameter) =>
        Make(StatusCodes.Status400BadRequest, "api_key_in_query", "API key in the URL",
            $"API keys are never accepted in the URL (parameter '{parameter}'): URLs end up in logs, proxies and browser history. Send the key in the X-Api-Key header (or Authorization: Bearer) and consider this key exposed: ask for a new one.",
            $"API 密钥不能放在网址中（参数 {parameter}）：网址会被日志、代理和浏览器历史记录保存。请在 X-Api-Key 请求头（或 Authorization: Bearer）中发送密钥，并视该密钥为已泄露，申请更换。");

    public static ApiProblem InvalidMultipart(string reason) =>
        Make(StatusCodes.Status400BadRequest, "invalid_multipart", "Invalid multipart form",
            $"The upload is not a readable multipart/form-data body: {reason}",
            $"上传内容不是可读取的 multipart/form-data 表单：{reason}");

    public static ApiProblem NoFiles() =>
        Make(StatusCodes.Status400BadRequest, "no_files", "No files",
            "The form holds no file. Send one or more files as multipart/form-data file fields (any field name, e.g. files).",
            "表单中没有文件。请以 multipart/form-data 文件字段上传一个或多个文件（字段名任意，例如 files）。");

    public static ApiProblem KeyMissing() =>
        Make(StatusCodes.Status401Unauthorized, "api_key_missing", "API key required",
            "This operation changes the archive and needs an API key: send it in the X-Api-Key header (or Authorization: Bearer KEY).",
            "此操作会修改档案库，需要 API 密钥：请在 X-Api-Key 请求头（或 Authorization: Bearer 密钥）中发送。");

    public static ApiProblem KeyInvalid() =>
        Make(StatusCodes.Status401Unauthorized, "api_key_invalid", "API key not recognised",
            "The API key sent is not one of the configured keys. Check it, or ask the administrator for a valid key.",
            "所发送的 API 密钥不在已配置的密钥中。请核对，或向管理员申请有效密钥。");

    public static ApiProblem KeysNotConfigured() =>
        Make(StatusCodes.Status403Forbidden, "api_keys_not_configured", "Writing is disabled",
            $"No API key is configured, so uploads and deletions are refused. The administrator adds a named key (at least {Configuration.ArchiveApiOptions.MinimumKeyLength} characters) under Archive:ApiKeys in appsettings.json, or as the environment variable ARCHIVE__APIKEYS__NAME=KEY, then restarts the service.",
            $"尚未配置任何 API 密钥，因此上传和删除均被拒绝。管理员可在 appsettings.json 的 Archive:ApiKeys 下添加一个命名密钥（至少 {Configuration.ArchiveApiOptions.MinimumKeyLength} 个字符），或设置环境变量 ARCHIVE__APIKEYS__名称=密钥，然后重启服务。");

    public static ApiProblem ArticleNotFound(string id) =>
        Make(StatusCodes.Status404NotFound, "article_not_found", "Article not found",
            $"No article has the id '{Echo(id)}'. Ids come from search results; a deleted document's articles are gone.",
            $"没有编号为“{Echo(id)}”的文章。编号以检索结果为准；已删除文档的文章不再提供。");

    public static ApiProblem DocumentNotFound(string id) =>
        Make(StatusCodes.Status404NotFound, "document_not_found", "Document not found",
            $"No document has the id '{Echo(id)}'.",
            $"没有编号为“{Echo(id)}”的文档。");

    public static ApiProblem OriginalNotKept(string id) =>
        Make(StatusCodes.Status404NotFound, "original_not_kept", "Original file not kept",
            $"The document '{Echo(id)}' was ingested before the archive kept original files, so only its text is here. Upload or ingest the same file again to keep it: the document and its ids stay as they are.",
            $"文档“{Echo(id)}”导入时档案库尚未保存原文件，因此只有其文字。重新上传或导入同一文件即可补存原文件，文档及其编号不变。");

    public static ApiProblem OriginalMissing(string id) =>
        Make(StatusCodes.Status404NotFound, "original_missing", "Original file missing",
            $"The original file of document '{Echo(id)}' is missing or damaged in the data folder. The administrator can run `archive verify` and restore it by ingesting the same file again.",
            $"文档“{Echo(id)}”的原文件在数据目录中缺失或已损坏。管理员可运行 archive verify 检查，并重新导入同一文件予以恢复。");

    public static ApiProblem InvalidJson(string reasonEn, string reasonZh) =>
        Make(StatusCodes.Status400BadRequest, "invalid_json", "Invalid JSON body",
            $"The body is not a JSON object this operation reads: {reasonEn}",
            $"请求正文不是本操作可读取的 JSON 对象：{reasonZh}");

    public static ApiProblem InvalidCorrection(IReadOnlyList<Indexer.Model.FieldProblem> fields) =>
        Make(StatusCodes.Status422UnprocessableEntity, "invalid_correction", "Invalid correction",
            "The correction was not made: " + string.Join(" ", fields.Select(f => f.MessageEn)) + " Nothing was changed.",
            "未作更正：" + string.Join("", fields.Select(f => f.MessageZh)) + "未改动任何内容。") with { Fields = fields };

    public static ApiProblem PreconditionRequired(string etag) =>
        Make(StatusCodes.Status428PreconditionRequired, "precondition_required", "If-Match required",
            $"Send the ETag of the version you corrected as If-Match (GET the document or the article first; it is now {etag}), so that a correction another editor made meanwhile is not overwritten unseen. If-Match: * corrects whatever the current version is.",
            $"请在 If-Match 请求头中发送所更正版本的 ETag（先获取文档或文章；当前为 {etag}），以免在不知情时覆盖其他编辑同时所作的更正。If-Match: * 表示不论当前为哪个版本。") with { CurrentEtag = etag };

    public static ApiProblem EditConflict(IReadOnlyList<CorrectionLine> changes, string etag) =>
        Make(StatusCodes.Status412PreconditionFailed, "edit_conflict", "Changed by another editor",
            changes.Count == 0
                ? $"The If-Match sent is not an ETag of this document (it is now {etag}). GET it, check, and send its ETag."
                : $"Since the version you corrected, another editor changed what you are correcting (listed in changes). Nothing was changed: check their correction, then send yours again with If-Match: {etag}.",
            changes.Count == 0
                ? $"所发送的 If-Match 不是本文档的 ETag（当前为 {etag}）。请重新获取、核对后发送其 ETag。"
                : $"在您所更正的版本之后，其他编辑已更正了相同内容（见 changes）。本次未作任何改动：请核对其更正后，以 If-Match: {etag} 重新提交。") with
        {
            Changes = changes, CurrentEtag = etag,
        };

    public static ApiProblem DocumentSuperseded(string id) =>
        Make(StatusCodes.Status409Conflict, "document_superseded", "Document superseded",
            $"The document '{Echo(id)}' was replaced by a newer version and is kept only in history (its superseded_by names the version that replaced it). Work on the current version.",
            $"文档“{Echo(id)}”已被新版本取代，仅保留于历史中（superseded_by 为取代它的版本）。请对现行版本操作。");

    public static ApiProblem DocumentNotDeleted(string id) =>
        Make(StatusCodes.Status409Conflict, "document_not_deleted", "Document not deleted",
            $"The document '{Echo(id)}' is not deleted: only a deleted document is restored. To read a current one again, POST /api/v1/documents/{Echo(id)}/reparse.",
            $"文档“{Echo(id)}”未被删除：只有已删除的文档可以恢复。要重新读取现有文档，请 POST /api/v1/documents/{Echo(id)}/reparse。");

    public static ApiProblem NotItsFile(string id) =>
        Make(StatusCodes.Status422UnprocessableEntity, "not_its_file", "Not the document's file",
            $"The file sent is not the one document '{Echo(id)}' was read from (its bytes differ): send that very file. Nothing was changed.",
            $"所发送的文件不是文档“{Echo(id)}”当初读取的文件（内容不同）：请发送原文件。未作任何改动。");

    public static ApiProblem OneFileOnly(int count) =>
        Make(StatusCodes.Status400BadRequest, "one_file_only", "One file only",
            $"The form holds {count} files: a document is restored from exactly one, its own.",
            $"表单中有 {count} 个文件：恢复一个文档只需一个文件，即其原文件。");

    public static ApiProblem OneReplacementOnly(int count) =>
        Make(StatusCodes.Status400BadRequest, "one_file_only", "One file only",
            $"The form holds {count} files: a document is replaced by exactly one, its new version.",
            $"表单中有 {count} 个文件：取代一个文档只能上传一个文件，即其新版本。");

    public static ApiProblem Unreadable(string id, string reason) =>
        Make(StatusCodes.Status422UnprocessableEntity, "original_unreadable", "Original file unreadable",
            $"The kept original of document '{Echo(id)}' cannot be read by the current readers: {reason} Nothing was changed.",
            $"当前的读取程序无法读取文档“{Echo(id)}”保存的原文件：{reason} 未作任何改动。");

    public static ApiProblem RouteNotFound() =>
        Make(StatusCodes.Status404NotFound, "not_found", "Not found",
            "Nothing is at this address. The API lives under /api/v1; its reference is at /api/docs.",
            "此地址没有内容。接口位于 /api/v1 之下，说明文档见 /api/docs。");

    public static ApiProblem MethodNotAllowed() =>
        Make(StatusCodes.Status405MethodNotAllowed, "method_not_allowed", "Method not allowed",
            "This address does not accept this HTTP method; see /api/docs for what it accepts.",
            "此地址不接受该 HTTP 方法；可用方法见 /api/docs。");

    public static ApiProblem RequestTooLarge(long limitBytes) =>
        Make(StatusCodes.Status413PayloadTooLarge, "request_too_large", "Request too large",
            $"The request body is larger than the limit of {Megabytes(limitBytes)}. Send less in one request (an upload's files over several requests).",
            $"请求内容超过 {Megabytes(limitBytes)} 的上限。请减少单次请求的内容（上传文件可分多次）。");

    public static ApiProblem UploadTooLarge(long limitBytes) =>
        Make(StatusCodes.Status413PayloadTooLarge, "upload_too_large", "Upload too large",
            $"The files of this upload together exceed {Megabytes(limitBytes)}. Nothing was ingested; send fewer files per request.",
            $"本次上传的文件合计超过 {Megabytes(limitBytes)}。未导入任何文件；请减少每次上传的文件数。");

    public static ApiProblem FileTooLarge(string fileName, long limitBytes) =>
        Make(StatusCodes.Status413PayloadTooLarge, "file_too_large", "File too large",
            $"The file '{fileName}' exceeds the limit of {Megabytes(limitBytes)} per file. Nothing was ingested; split the file or leave it out.",
            $"文件“{fileName}”超过单个文件 {Megabytes(limitBytes)} 的上限。未导入任何文件；请拆分该文件或将其移出本次上传。");

    public static ApiProblem TooManyFiles(int limit) =>
        Make(StatusCodes.Status413PayloadTooLarge, "too_many_files", "Too many files",
            $"One upload may hold at most {limit} files. Nothing was ingested; send the files in several requests.",
            $"每次上传最多 {limit} 个文件。未导入任何文件；请分多次上传。");

    public static ApiProblem RequestTimeout() =>
        Make(StatusCodes.Status408RequestTimeout, "request_timeout", "Request too slow",
            "The request arrived too slowly and was cut off. Check the connection and send it again.",
            "请求传输过慢，已被中断。请检查网络连接后重新发送。");

    /// <param name="expected">The media type the address takes: multipart/form-data for uploads, application/json for corrections.</param>
    public static ApiProblem UnsupportedMediaType(string? contentType, string expected = "multipart/form-data") =>
        Make(StatusCodes.Status415UnsupportedMediaType, "unsupported_media_type", "Unsupported media type",
            $"This request's body must be {expected} (got '{Echo(contentType ?? "none")}').",
            $"此请求的正文必须使用 {expected} 格式（收到的是“{Echo(contentType ?? "无")}”）。");

    public static ApiProblem NothingIngested(IReadOnlyList<UploadedFile> files) =>
        Make(StatusCodes.Status422UnprocessableEntity, "nothing_ingested", "Nothing ingested",
            "None of the uploaded files could be ingested; each file's entry says why.",
            "上传的文件均未能导入；各文件的原因见 files。") with { Files = files };

    /// <param name="stored">The files of the upload dealt with before the disk filled up, if the answer is to an upload.</param>
    public static ApiProblem StorageFull(IReadOnlyList<UploadedFile>? stored = null) =>
        Make(StatusCodes.Status507InsufficientStorage, "storage_full", "Storage full",
            "The server's disk is full, so nothing more can be stored. " +
            (stored is null ? "Nothing was half-written. " : $"{stored.Count} file(s) of this upload were dealt with before it filled up (listed in files); the file being stored was not kept. ") +
            "Ask the administrator to free space on the disk holding the archive's data folder, then send the same request again: files already stored come back as unchanged.",
            "服务器磁盘已满，无法再存入内容。" +
            (stored is null ? "没有写入不完整的内容。" : $"磁盘写满前本次上传已处理 {stored.Count} 个文件（见 files），正在存入的文件未保留。") +
            "请联系管理员清理档案库数据目录所在磁盘的空间，然后重新发送同一请求：已存入的文件会显示为未变更（unchanged）。") with { Files = stored };

    public static ApiProblem TooManyRequests(int retryAfterSeconds) =>
        Make(StatusCodes.Status429TooManyRequests, "too_many_requests", "Too many requests",
            $"Too many searches from this client. Wait {retryAfterSeconds} s and try again; for bulk work use /api/v1/export.",
            $"此客户端检索过于频繁。请等待 {retryAfterSeconds} 秒后重试；批量获取请使用 /api/v1/export。") with { RetryAfterSeconds = retryAfterSeconds };

    public static ApiProblem TooManyUploads(int retryAfterSeconds) =>
        Make(StatusCodes.Status429TooManyRequests, "too_many_uploads", "Too many uploads",
            $"As many uploads as the server reads at once are under way. Wait {retryAfterSeconds} s and send the files again.",
            $"服务器正在处理的上传已达上限。请等待 {retryAfterSeconds} 秒后重新上传。") with { RetryAfterSeconds = retryAfterSeconds };

    public static ApiProblem ArchiveStarting() =>
        Make(StatusCodes.Status503ServiceUnavailable, "archive_starting", "Archive starting",
            "The archive is still opening; try again in a few seconds.",
            "档案库正在打开，请几秒后重试。") with { RetryAfterSeconds = 2 };

    public static ApiProblem ArchiveUnavailable() =>
        Make(StatusCodes.Status503ServiceUnavailable, "archive_unavailable", "Archive unavailable",
            "The archive could not be opened; the server log says why (data folder, permissions, disk).",
            "档案库无法打开；原因见服务器日志（数据目录、权限或磁盘）。");

    public static ApiProblem Internal() =>
        Make(StatusCodes.Status500InternalServerError, "internal_error", "Internal error",
            "An unexpected error occurred. It was logged with the trace id of this answer; please report that id.",
            "发生意外错误，已按本响应的 trace_id 记录日志；报告问题时请附上该编号。");

    private static ApiProblem Make(int status, string code, string title, string en, string zh) =>
        new() { Status = status, Code = code, Title = title, MessageEn = en, MessageZh = zh };

    /// <summary>
    /// Client input as a problem echoes it: bounded, so a problem never grows with the attack, and without control and
    /// format characters (a line feed, an escape, a direction override), which would forge lines in a log or a terminal
    /// and turn the message around on screen.
    /// </summary>
    internal static string Echo(string value, int max = 100)
    {
        var shown = new System.Text.StringBuilder(Math.Min(value.Length, max + 1));
        foreach (var c in value)
        {
            if (IsHidden(c)) continue;
            if (shown.Length == max)
            {
                // A pair of surrogates is one character: not cut in half.
                if (char.IsHighSurrogate(shown[^1])) shown.Length--;
                return shown.Append('…').ToString();
            }
            shown.Append(c);
        }
        return shown.ToString();
    }

    /// <summary>A control or format character: one that forges a line in a log or a terminal, or turns text around on screen.</summary>
    internal static bool IsHidden(char c) => char.IsControl(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format;

    private static string Megabytes(long bytes) =>
        bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0 ? $"{bytes / (1024 * 1024)} MB" : $"{bytes:N0} bytes";
}
