var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();
app.Run();

/// <summary>The host's entry point, visible to the integration tests.</summary>
public partial class Program;
