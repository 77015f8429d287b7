using Archive.Indexer;
using Archive.Api.Configuration;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Extensions.Options;

namespace Archive.Api.Errors;

/// <summary>
/// The last line: every exception becomes a problem. Bad requests the framework detects (unreadable
/// parameters, bodies over the limit) keep their 4xx status, a full disk is a 507; anything else is logged and
/// answered as a 500 problem that carries a trace id and never a stack trace.
/// </summary>
public sealed class ProblemExceptionHandler(IOptions<ArchiveApiOptions> options, ILogger<ProblemExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (httpContext.Response.HasStarted)
        {
            // A streamed answer (export) failed half-way: the status is gone, the client sees a cut body.
            logger.LogWarning(exception, "Response to {Path} aborted after it started", httpContext.Request.Path.Value);
            return false;
        }
        if (exception is OperationCanceledException && httpContext.RequestAborted.IsCancellationRequested)
        {
            // The client went away (an upload's conversion was stopped with it): nobody is left to answer.
            logger.LogInformation("{Method} {Path}: the client went away", httpContext.Request.Method, httpContext.Request.Path.Value);
            return true;
        }
        var problem = exception switch
        {
            BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } => ApiProblems.RequestTooLarge(options.Value.Limits.MaxRequestBytes),
            BadHttpRequestException { StatusCode: StatusCodes.Status408RequestTimeout } => ApiProblems.RequestTimeout(),
            BadHttpRequestException bad => BindingFailure.Describe(bad, httpContext.Request.Query) ?? ApiProblems.MalformedRequest(bad.Message),
            ArchiveUnavailableException { Starting: true } => ApiProblems.ArchiveStarting(),
            ArchiveUnavailableException => ApiProblems.ArchiveUnavailable(),
            _ when ArchiveService.IsDiskFull(exception) => ApiProblems.StorageFull(),
            _ => null,
        };
        if (problem is null)
        {
            logger.LogError(exception, "Unexpected error answering {Method} {Path}", httpContext.Request.Method, httpContext.Request.Path.Value);
            problem = ApiProblems.Internal();
        }
        await problem.ExecuteAsync(httpContext);
        return true;
    }
}
