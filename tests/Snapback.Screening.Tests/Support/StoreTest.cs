using Snapback.Screening.Lists;

namespace Snapback.Screening.Tests.Support;

/// <summary>Base for tests that run against a fresh SQLite store in a temp folder.</summary>
public abstract class StoreTest : IAsyncLifetime
{
    private TempDatabase? database;

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    internal TempDatabase Database => database ?? throw new InvalidOperationException("not initialised");

    protected IListStore Store => Database.Store;

    public virtual async ValueTask InitializeAsync() => database = await TempDatabase.CreateAsync();

    public virtual async ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        if (database is not null)
        {
            await database.DisposeAsync();
        }
    }
}
