namespace Snapback.Api;

/// <summary>Builds and runs the Snapback HTTP service (API, OpenAPI document, analyst UI) from any process, e.g. <c>snapback serve</c>.</summary>
public static class SnapbackHost
{
    /// <summary>
    /// Builds the service. <paramref name="args"/> are ASP.NET Core command-line settings, e.g. <c>--urls http://127.0.0.1:5080</c>
    /// or <c>--Snapback:Database path.db</c>.
    /// </summary>
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            // Razor Pages are discovered in the application assembly, which is not the entry assembly when the CLI hosts us.
            ApplicationName = typeof(SnapbackHost).Assembly.GetName().Name,
        });
        builder.AddSnapbackApi();
        var app = builder.Build();
        app.MapSnapbackApi();
        return app;
    }

    /// <summary>Runs the service until <paramref name="cancellationToken"/> fires or the process is asked to stop.</summary>
    public static async Task RunAsync(string[] args, CancellationToken cancellationToken)
    {
        await using var app = Build(args);
        await ((IHost)app).RunAsync(cancellationToken);
    }
}
