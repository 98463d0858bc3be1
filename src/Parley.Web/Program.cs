using Parley.Web;

var builder = WebApplication.CreateBuilder(args);
var settings = builder.AddParley();
var app = builder.Build();
await app.UseParley();
app.Logger.LogInformation("Parley workspace: data in {Data}, database {Database}", settings.DataDirectory, settings.UsesPostgres ? "PostgreSQL" : "SQLite");
await app.RunAsync();

/// <summary>The entry point (public for <c>WebApplicationFactory</c> in the tests).</summary>
public partial class Program;
