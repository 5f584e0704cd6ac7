namespace Snapback.Screening.Tests.Support;

/// <summary>Base for tests of list downloads: a fresh SQLite store, a local list server standing in for the publisher, and a client.</summary>
public abstract class ListServerTest : StoreTest
{
    private ListServer? server;

    protected HttpClient Http { get; } = new();

    internal ListServer Server => server ?? throw new InvalidOperationException("not initialised");

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        server = await ListServer.StartAsync();
    }

    public override async ValueTask DisposeAsync()
    {
        if (server is not null)
        {
            await server.DisposeAsync();
        }

        Http.Dispose();
        await base.DisposeAsync();
    }
}
