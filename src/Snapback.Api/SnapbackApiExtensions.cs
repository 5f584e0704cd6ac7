using System.Text.Json;
using Snapback.Screening.Batch;
using Microsoft.Extensions.FileProviders;
using Scalar.AspNetCore;
using Snapback.Api.Apis;
using Snapback.Api.Auth;
using Snapback.Api.Hosting;
using Snapback.Api.Problems;

namespace Snapback.Api;

/// <summary>Adds and maps everything the HTTP service is made of; <c>Program</c> and <see cref="SnapbackHost"/> both call these.</summary>
public static class SnapbackApiExtensions
{
    /// <summary>Registers options, problem details, OpenAPI, key authentication, Razor Pages and the screening use cases.</summary>
    public static WebApplicationBuilder AddSnapbackApi(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);

        // ASP.NET Core logs every request at Information with its full URL, and page handlers with their form values: names screened
        // are personal data and stay out of the log. Our own log lines name jobs and counts, never parties.
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        var services = builder.Services;
        services.AddOptions<ApiOptions>()
            .BindConfiguration(ApiOptions.Section)
            .PostConfigure<IConfiguration>(static (options, configuration) =>
            {
                options.AdminKey ??= configuration["SNAPBACK_ADMIN_KEY"];
                if (configuration[$"{ApiOptions.Section}:Database"] is null && configuration["SNAPBACK_DB"] is { Length: > 0 } database)
                {
                    options.Database = database;
                }
            })
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton(TimeProvider.System);
        services.AddOptions<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>()
            .Configure<Microsoft.Extensions.Options.IOptions<ApiOptions>>(static (kestrel, api) =>
                kestrel.Limits.MaxRequestBodySize = api.Value.MaxDefaultBodyBytes);

        services.AddProblemDetails(static problems => problems.CustomizeProblemDetails = static context =>
            context.ProblemDetails.Instance ??= context.HttpContext.Request.Path);
        services.AddExceptionHandler<BadRequestExceptionHandler>();
        services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(static options => options.ThrowOnBadRequest = true);
        services.ConfigureHttpJsonOptions(static json =>
        {
            // The same shape as the command line's JSON Lines (Snapback.Screening.Batch.BatchJson).
            json.SerializerOptions.PropertyNamingPolicy = BatchJson.Options.PropertyNamingPolicy;
            json.SerializerOptions.DefaultIgnoreCondition = BatchJson.Options.DefaultIgnoreCondition;
            json.SerializerOptions.Encoder = BatchJson.Options.Encoder;
            json.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower));
        });
        services.AddOpenApi(static openApi =>
        {
            openApi.AddDocumentTransformer<ApiKeyOpenApiTransformer>();
            openApi.AddOperationTransformer<ApiKeyOpenApiTransformer>();
            openApi.AddOperationTransformer<ProblemResponsesOpenApiTransformer>();
        });

        ApiAuthentication.Add(services);
        ScreeningServices.Add(services);
        CaseServices.Add(services);
        NotificationServices.Add(services);
        OwnershipServices.Add(services);
        MonitorServices.Add(services);
        BatchLimiter.Add(services);
        KeyRing.Add(services, builder.Configuration);
        services.AddRazorPages(static pages =>
        {
            pages.Conventions.ConfigureFilter(new Pages.HandlerRequiredFilter());
            pages.Conventions.AuthorizeFolder("/", ApiPolicies.UiViewer);
            pages.Conventions.AuthorizePage("/Index", ApiPolicies.UiAnalyst);
            pages.Conventions.AuthorizePage("/Batch", ApiPolicies.UiAnalyst);
            pages.Conventions.AuthorizePage("/Scan", ApiPolicies.UiAnalyst);
            pages.Conventions.AuthorizePage("/Webhooks", ApiPolicies.UiAdmin);
            pages.Conventions.AllowAnonymousToPage("/SignIn");
            pages.Conventions.AllowAnonymousToPage("/Denied");
            pages.Conventions.AllowAnonymousToPage("/Error");
        });
        return builder;
    }

    /// <summary>Adds the middleware and maps every endpoint, the OpenAPI document (<c>/openapi/v1.json</c>), Scalar (<c>/scalar</c>) and the UI.</summary>
    public static WebApplication MapSnapbackApi(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<ApiOptions>>().Value is { ForwardedHeaders: true } api)
        {
            app.UseForwardedHeaders(ForwardedHeaders(api));
        }

        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseWhen(UiPaths.IsUi, static ui =>
        {
            ui.UseExceptionHandler("/error");
            ui.UseStatusCodePagesWithReExecute("/error", "?status={0}");
            ui.UseMiddleware<Pages.PageMethodMiddleware>();
        });
        app.UseWhen(static context => !UiPaths.IsUi(context), static api =>
        {
            api.UseExceptionHandler();
            api.UseStatusCodePages();
        });
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new EmbeddedFileProvider(typeof(SnapbackApiExtensions).Assembly, "Snapback.Api.wwwroot"),
        });
        app.UseMiddleware<RequestCharsetMiddleware>();
        app.UseRouting();
        app.UseMiddleware<RequestBodyLimitMiddleware>();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();

        app.MapOpenApi();
        app.MapScalarApiReference();
        app.MapHealthApi();
        app.MapScreeningApi();
        Scan.ScanApi.MapScanApi(app);
        app.MapEntitiesApi();
        app.MapListsApi();
        app.MapKeysApi();
        app.MapCustomersApi();
        app.MapAlertsApi();
        app.MapAuditApi();
        app.MapWebhooksApi();
        app.MapOwnershipApi();
        app.MapMonitorApi();
        app.MapRazorPages();
        return app;
    }

    private static ForwardedHeadersOptions ForwardedHeaders(ApiOptions api)
    {
        var options = new ForwardedHeadersOptions
        {
            ForwardedHeaders = Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedFor
                | Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedProto,
        };
        foreach (var proxy in api.KnownProxies)
        {
            options.KnownProxies.Add(System.Net.IPAddress.Parse(proxy));
        }

        return options;
    }
}
