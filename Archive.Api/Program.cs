using Archive.Api.Hosting;
using Archive.Web;

// The hash of an editor's password for Archive:Editors, made by the program that reads the accounts, instead of serving.
if (args is [HashPasswordCommand.Verb, .. var options]) return HashPasswordCommand.Run(options);

var builder = WebApplication.CreateBuilder(ArchiveApiHosting.Options(args));
builder.AddArchiveApi();
builder.Services.AddArchiveWeb(Archive.Api.Endpoints.SearchEndpoints.RateLimitPolicy);

var app = builder.Build();
app.UseArchiveApi();
app.UseArchiveWeb();
app.MapArchiveApi();
app.MapArchiveWeb();
app.Run();
return 0;

/// <summary>The host's entry point, visible to the integration tests.</summary>
public partial class Program;
