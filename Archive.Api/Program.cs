using Archive.Api.Hosting;
using Archive.Web;

var builder = WebApplication.CreateBuilder(ArchiveApiHosting.Options(args));
builder.AddArchiveApi();
builder.Services.AddArchiveWeb();

var app = builder.Build();
app.UseArchiveApi();
app.UseArchiveWeb();
app.MapArchiveApi();
app.MapArchiveWeb();
app.Run();

/// <summary>The host's entry point, visible to the integration tests.</summary>
public partial class Program;
