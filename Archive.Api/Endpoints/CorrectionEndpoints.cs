using System.ComponentModel;
using System.Text.Json;
using Archive.Api.Contracts;
using Archive.Api.Corrections;
using Archive.Api.Errors;
using Archive.Api.Hosting;
using Archive.Api.OpenApi;
using Archive.Api.Security;
using Archive.Indexer;

namespace Archive.Api.Endpoints;

/// <summary>
/// Corrections by API key: PATCH a document or an article, split an article, merge two neighbours, read the audit
/// log, read a document again with the current parsers. Every write names the version it was made against (If-Match).
/// </summary>
public static class CorrectionEndpoints
{
    private const string IfMatchDescription =
        " Send If-Match with the ETag of the document or article as you read it (\"{document id}.{revision}\"); when another editor changed what you are correcting since, the answer is 412 edit_conflict listing their changes, and nothing is changed. Changes to other fields do not stop yours. If-Match: * corrects whatever the current version is. Without If-Match: 428.";

    public static void Map(RouteGroupBuilder api)
    {
        api.MapPatch("/documents/{id}", CorrectDocument)
            .WithName("CorrectDocument")
            .WithTags("Corrections")
            .WithSummary("Correct a document's metadata (API key)")
            .WithDescription($"A JSON object of the fields to correct: kind ({string.Join(", ", SearchParameters.KindCodes)}), series, issue_number, total_issue_number, date (yyyy-MM-dd), publisher, doc_number; null clears a field. An optional reason goes into the audit log. Search, facets, citations and feeds show the correction at once, and a later re-parse keeps it." + IfMatchDescription)
            .AsCorrection(CorrectionSchemas.Document, """{"issue_number": 9, "date": "2022-03-11", "reason": "与纸质版核对"}""")
            .WithParameterExamples(("id", "2a827c17cdd57db0"));

        api.MapPatch("/articles/{id}", CorrectArticle)
            .WithName("CorrectArticle")
            .WithTags("Corrections")
            .WithSummary("Correct an article's metadata (API key)")
            .WithDescription("A JSON object of the fields to correct: title (not empty), subtitle, section, source_department, region (a place of the gazetteer: 宜秀区, or its path 安徽省/安庆市/宜秀区), authors (a list of names), page; null clears a field. An optional reason goes into the audit log." + IfMatchDescription)
            .AsCorrection(CorrectionSchemas.Article, """{"title": "大观区在疫情防控一线考察识别干部", "region": "安徽省/安庆市/大观区", "reason": "标题被截断"}""")
            .WithParameterExamples(("id", "2a827c17cdd57db0-2"));

        api.MapPost("/articles/{id}/split", Split)
            .WithName("SplitArticle")
            .WithTags("Corrections")
            .WithSummary("Split an article in two (API key)")
            .WithDescription("Splits the article before paragraph at_paragraph (1-based, as its page numbers them: 2 to its number of paragraphs). The article keeps its id and the paragraphs before; the rest becomes a new article with a new id (answered as article_id, Location) and the given title, right after it. The other articles keep their ids." + IfMatchDescription)
            .AsCorrection(CorrectionSchemas.Split, """{"at_paragraph": 3, "title": "迎江区党建引领全员战“疫”", "reason": "两篇文章被读成了一篇"}""", StatusCodes.Status201Created)
            .WithResponseHeader("Location", "The new article's API address.", StatusCodes.Status201Created)
            .WithParameterExamples(("id", "2a827c17cdd57db0-1"));

        api.MapPost("/articles/{id}/merge", Merge)
            .WithName("MergeArticles")
            .WithTags("Corrections")
            .WithSummary("Merge an article with its neighbour (API key)")
            .WithDescription("Merges the article with the article named by with, its neighbour in the same document. The earlier of the two keeps its id (answered as article_id) and takes the later one's text after its own; the later one's id then redirects (301) to it." + IfMatchDescription)
            .AsCorrection(CorrectionSchemas.Merge, """{"with": "2a827c17cdd57db0-3", "reason": "一篇文章被读成了两篇"}""")
            .WithParameterExamples(("id", "2a827c17cdd57db0-2"));

        api.MapGet("/documents/{id}/corrections", Log)
            .WithName("DocumentCorrections")
            .WithTags("Corrections")
            .WithSummary("A document's audit log")
            .WithDescription("Every correction, split and merge made to the document and its articles, and every deletion and restore (field delete or restore, from one status to another), oldest first: who, when, target (the document or an article), field, old and new value (JSON), reason and the revision it made. A deleted document's log answers too.")
            .Produces<CorrectionsResponse>()
            .WithResponseHeader("ETag", RevisionTag.Description, StatusCodes.Status200OK)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status503ServiceUnavailable)
            .WithParameterExamples(("id", "2a827c17cdd57db0"));

        api.MapPost("/documents/{id}/reparse", Reparse)
            .WithName("ReparseDocument")
            .WithTags("Corrections")
            .WithSummary("Read a document again (API key)")
            .WithDescription("Reads the document's kept original again with the current readers and parsers and stores what they read, keeping every correction: the answer lists the articles changed, added and retired (an article the parser no longer finds redirects to the one holding its text), and the disagreements: corrected fields the parser now reads otherwise (the editors' values stay). 404 original_not_kept for a document ingested before originals were kept.")
            .WithMetadata(new RequiresApiKey())
            .Produces<ReparseReport>()
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status401Unauthorized, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound,
                StatusCodes.Status422UnprocessableEntity, StatusCodes.Status503ServiceUnavailable)
            .WithParameterExamples(("id", "2a827c17cdd57db0"));
    }

    /// <summary>What every correction declares: the key, its JSON body, its answer and the problems it may give.</summary>
    private static RouteHandlerBuilder AsCorrection(this RouteHandlerBuilder builder, Microsoft.OpenApi.OpenApiSchema body, string example, int status = StatusCodes.Status200OK) =>
        builder
            .WithMetadata(new RequiresApiKey())
            .WithJsonBody(body, example)
            .WithRequestHeader("If-Match", "The ETag of the document or article as read (\"{document id}.{revision}\"), or * for whatever the current version is. Without it: 428.", required: true)
            .Produces<CorrectionResponse>(status)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status401Unauthorized, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound,
                StatusCodes.Status409Conflict, StatusCodes.Status412PreconditionFailed, StatusCodes.Status413PayloadTooLarge, StatusCodes.Status415UnsupportedMediaType,
                StatusCodes.Status422UnprocessableEntity, StatusCodes.Status428PreconditionRequired, StatusCodes.Status503ServiceUnavailable)
            .WithResponseHeader("ETag", RevisionTag.Description, status, StatusCodes.Status412PreconditionFailed, StatusCodes.Status428PreconditionRequired);

    private static Task<IResult> CorrectDocument([Description("The document id.")] string id, HttpContext http, ArchiveHost host, CancellationToken cancellationToken) =>
        Write(http, host, id, "document", archive => archive.FindDocument(id), (archive, fields, editing) => archive.CorrectDocument(id, fields, editing), cancellationToken);

    private static Task<IResult> CorrectArticle([Description("The article id.")] string id, HttpContext http, ArchiveHost host, CancellationToken cancellationToken) =>
        Write(http, host, id, "article", ArticleDocument(id), (archive, fields, editing) => archive.CorrectArticle(id, fields, editing), cancellationToken);

    private static Task<IResult> Split([Description("The article to split.")] string id, HttpContext http, ArchiveHost host, CancellationToken cancellationToken) =>
        Write(http, host, id, "article", ArticleDocument(id), (archive, body, editing) =>
        {
            if (!body.TryGetValue("at_paragraph", out var at) || at.ValueKind != JsonValueKind.Number || !at.TryGetInt32(out var paragraph))
            {
                return CorrectionResult.Invalid("", [new FieldProblem("at_paragraph", "at_paragraph: give the number of the paragraph the new article starts with (2 or more).", "请给出新文章起始段落的序号（at_paragraph，2 或以上）。")]);
            }
            var title = body.TryGetValue("title", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString()! : "";
            return archive.SplitArticle(id, paragraph, title, editing);
        }, cancellationToken);

    private static Task<IResult> Merge([Description("The article to merge with its neighbour.")] string id, HttpContext http, ArchiveHost host, CancellationToken cancellationToken) =>
        Write(http, host, id, "article", ArticleDocument(id), (archive, body, editing) =>
            body.TryGetValue("with", out var with) && with.ValueKind == JsonValueKind.String && ArchiveId.IsWellFormed(with.GetString())
                ? archive.MergeArticles(id, with.GetString()!, editing)
                : CorrectionResult.Invalid("", [new FieldProblem("with", "with: give the id of the neighbouring article to merge with.", "请给出要合并的相邻文章的编号（with）。")]),
            cancellationToken);

    /// <summary>The document of a live article, whose revision the article's corrections are made against.</summary>
    private static Func<ArchiveService, StoredDocument?> ArticleDocument(string id) =>
        archive => archive.FindArticle(id) is { } article ? archive.FindDocument(article.DocumentId) : null;

    /// <summary>
    /// The steps every write shares: the id, the key's name as the editor, the document and the version the editor
    /// saw (If-Match), the JSON body and its reason; then the engine's answer as HTTP.
    /// </summary>
    private static async Task<IResult> Write(HttpContext http, ArchiveHost host, string id, string kind,
        Func<ArchiveService, StoredDocument?> find,
        Func<ArchiveService, Dictionary<string, JsonElement>, Editing, CorrectionResult> write, CancellationToken cancellationToken)
    {
        if (!ArchiveId.IsWellFormed(id))
        {
            return ApiProblems.InvalidId(kind, id);
        }
        var (body, bodyProblem) = await CorrectionBody.ReadAsync(http.Request, cancellationToken);
        if (bodyProblem is not null)
        {
            return bodyProblem;
        }
        var (reason, reasonProblem) = CorrectionBody.ReadReason(body);
        if (reasonProblem is not null)
        {
            return reasonProblem;
        }
        var archive = await host.GetAsync(cancellationToken);
        if (find(archive) is not { } document)
        {
            return NotFound(kind, id);
        }
        var etag = RevisionTag.Of(document.Id, document.Revision);
        var ifMatch = http.Request.Headers.IfMatch.ToString();
        if (ifMatch.Length == 0)
        {
            return ApiProblems.PreconditionRequired(etag);
        }
        if (!RevisionTag.TryRead(ifMatch, document.Id, out var seen))
        {
            return ApiProblems.EditConflict([], etag);
        }
        var editor = ApiKeyGate.EditorOf(http);
        var result = write(archive, CorrectionBody.Fields(body), new Editing(editor, reason, seen));
        return Answer(http, result, kind, id);
    }

    private static IResult Answer(HttpContext http, CorrectionResult result, string kind, string id)
    {
        var etag = RevisionTag.Of(result.DocumentId, result.Revision);
        switch (result.Status)
        {
            case CorrectionStatus.Applied:
                http.Response.Headers.ETag = etag;
                var links = Links.For(http.Request);
                var response = new CorrectionResponse(result.DocumentId, result.Revision, etag, result.ArticleId,
                    result.ArticleId is { } article ? links.ApiArticle(article) : null, CorrectionLine.From(result.Entries));
                return result.Entries.FirstOrDefault()?.Field == CorrectableField.Split
                    ? TypedResults.Created(response.ArticleUrl, response)
                    : TypedResults.Ok(response);
            case CorrectionStatus.Invalid:
                return ApiProblems.InvalidCorrection(result.Problems);
            case CorrectionStatus.Conflict:
                return ApiProblems.EditConflict(CorrectionLine.From(result.Entries), etag);
            case CorrectionStatus.Superseded:
                return ApiProblems.DocumentSuperseded(result.DocumentId);
            default:
                return NotFound(kind, id);
        }
    }

    private static ApiProblem NotFound(string kind, string id) => kind == "document" ? ApiProblems.DocumentNotFound(id) : ApiProblems.ArticleNotFound(id);

    private static async Task<IResult> Log([Description("The document id.")] string id, HttpContext http, ArchiveHost host, CancellationToken cancellationToken)
    {
        if (!ArchiveId.IsWellFormed(id))
        {
            return ApiProblems.InvalidId("document", id);
        }
        var archive = await host.GetAsync(cancellationToken);
        var log = archive.Corrections(id);
        // A deleted document's log still answers: its last line says who deleted it.
        if ((archive.FindDocument(id)?.Revision ?? (log.LastOrDefault() is { Field: CorrectableField.Delete } deleted ? deleted.Revision : null)) is not { } revision)
        {
            return ApiProblems.DocumentNotFound(id);
        }
        var etag = RevisionTag.Of(id, revision);
        http.Response.Headers.ETag = etag;
        return TypedResults.Ok(new CorrectionsResponse(id, revision, etag, CorrectionLine.From(log)));
    }

    private static async Task<IResult> Reparse([Description("The document id.")] string id, ArchiveHost host, CancellationToken cancellationToken)
    {
        if (!ArchiveId.IsWellFormed(id))
        {
            return ApiProblems.InvalidId("document", id);
        }
        var archive = await host.GetAsync(cancellationToken);
        var report = archive.Reparse(id);
        return report.Status switch
        {
            ReparseStatus.Reparsed => TypedResults.Ok(report),
            ReparseStatus.NoOriginal => ApiProblems.OriginalNotKept(id),
            ReparseStatus.OriginalMissing => ApiProblems.OriginalMissing(id),
            ReparseStatus.Unreadable => ApiProblems.Unreadable(id, report.Error ?? ""),
            _ => ApiProblems.DocumentNotFound(id),
        };
    }
}
