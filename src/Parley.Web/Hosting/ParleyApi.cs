using System.Text.Json.Serialization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using MudBlazor.Services;
using Parley.Web.Api;
using Parley.Web.Components;
using Parley.Web.Data;
using Parley.Web.Hosting;
using Parley.Web.Scenarios;
using Scalar.AspNetCore;

namespace Parley.Web;

/// <summary>Composes the workspace: database, accounts, the silo, the API, OpenAPI and the Blazor UI.</summary>
public static class ParleyApi
{
    /// <summary>The request-timeout policy of a synchronous what-if (<see cref="ParleySettings.WhatIfTimeout"/>).</summary>
    public const string WhatIfTimeout = "whatif";

    /// <summary>The request-timeout policy of a report or a comparison of versions (<see cref="ParleySettings.ReportTimeout"/>).</summary>
    public const string ReportTimeout = "report";

    /// <summary>The largest request body accepted (a scenario's YAML, with room for the request's framing).</summary>
    public const long MaxRequestBytes = ScenarioYaml.MaxBytes + (64 * 1024);

    /// <summary>The policy the API's endpoints require: a bearer token from <c>/api/auth/login</c>.</summary>
    public const string BearerPolicy = "api";

    /// <summary>Registers every service; returns the settings read from the command line and configuration.</summary>
    public static ParleySettings AddParley(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var settings = ParleySettings.From(builder.Configuration);
        builder.Services.AddSingleton(settings);
        builder.Services.AddSingleton(TimeProvider.System);
        Directory.CreateDirectory(settings.DataDirectory);

        if (builder.Configuration["urls"] is null && Environment.GetEnvironmentVariable("ASPNETCORE_URLS") is null)
        {
            // Loopback only: the workspace is reachable from this machine unless an address is given with --urls.
            builder.WebHost.ConfigureKestrel(k => k.ListenLocalhost(settings.Port));
        }

        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = MaxRequestBytes);

        if (settings.PostgresConnection is { } pg)
        {
            builder.Services.AddDbContext<ParleyDbContext, PostgresParleyDbContext>(o => o.UseNpgsql(pg));
        }
        else
        {
            builder.Services.AddDbContext<ParleyDbContext, SqliteParleyDbContext>(o => o.UseSqlite($"Data Source={settings.SqlitePath};Pooling=True"));
        }

        builder.Services.AddDataProtection().PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(settings.DataDirectory, "keys"))).SetApplicationName("Parley");
        builder.Services.AddIdentityApiEndpoints<ParleyUser>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.Lockout.MaxFailedAccessAttempts = 10;
            })
            .AddEntityFrameworkStores<ParleyDbContext>();
        builder.Services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/login";
            o.Cookie.Name = "parley";
            o.Cookie.SameSite = SameSiteMode.Strict;
        });
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(BearerPolicy, p => p.AddAuthenticationSchemes(IdentityConstants.BearerScheme).RequireAuthenticatedUser());
        builder.Services.AddCascadingAuthenticationState();

        builder.Services.AddScoped<ScenarioStore>();
        builder.Services.AddScoped<Parley.Web.Components.Shared.Workspace>();
        builder.Services.AddScoped<Parley.Web.Components.Shared.DraftScenario>();
        builder.WebHost.UseStaticWebAssets();
        builder.Services.AddSingleton<BundledScenarios>();
        builder.Services.AddSingleton(services =>
        {
            // A stopping server stops its heavy work at once, so the silo's grains (a job's pieces) can deactivate.
            var workers = new Parley.Web.Analysis.AnalysisWorkers(settings.AnalysisThreads);
            services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping.Register(workers.StopAll);
            return workers;
        });
        builder.Services.AddHostedService<ParentWatch>();
        builder.Services.AddProblemDetails();
        builder.Services.AddRequestTimeouts(o =>
        {
            o.AddPolicy(WhatIfTimeout, settings.WhatIfTimeout);
            o.AddPolicy(ReportTimeout, settings.ReportTimeout);
        });
        builder.Services.ConfigureHttpJsonOptions(o =>
        {
            Parley.Formats.Json.JsonOutput.AddEnumConverters(o.SerializerOptions.Converters);
            o.SerializerOptions.NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals;
        });
        builder.Services.AddOpenApi(o => o.AddDocumentTransformer((doc, _, _) =>
        {
            doc.Info.Title = "Parley workspace API";
            doc.Info.Description = "Scenarios, versions, sharing, what-ifs and background analyses. Log in at /api/auth/login and send `Authorization: Bearer <accessToken>`.";
            return Task.CompletedTask;
        }));
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddMudServices();
        builder.AddParleySilo(settings);
        return settings;
    }

    /// <summary>Creates or upgrades the database, then maps the middleware, the API and the UI.</summary>
    public static async Task UseParley(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        await DatabaseStartup.Migrate(app.Services, CancellationToken.None);
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRequestTimeouts();
        app.UseAntiforgery();

        app.MapGet("/health", () => TypedResults.Ok(new { status = "ok" })).WithTags("Health").WithSummary("Liveness: answers while the workspace runs.");
        app.MapAuthEndpoints();
        var scenarios = app.MapScenarioEndpoints();
        scenarios.MapAnalysisEndpoints(app);
        scenarios.RequireAuthorization(BearerPolicy);
        app.MapOpenApi();
        app.MapScalarApiReference();
        app.MapStaticAssets();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        app.MapAccountForms();
        app.MapWorkspaceDownloads();
    }
}
