using System.ComponentModel.DataAnnotations;

namespace Snapback.Api.Hosting;

/// <summary>Settings of the HTTP service, bound from the <c>Snapback</c> configuration section.</summary>
public sealed class ApiOptions
{
    public const string Section = "Snapback";

    /// <summary>
    /// The store, as the command line's <c>--db</c> takes it: a SQLite file, or a PostgreSQL connection string starting
    /// <c>Host=</c>. The <c>SNAPBACK_DB</c> environment variable also sets it. The default is <c>.snapback/snapback.db</c> under the
    /// working folder, the same store the command line uses.
    /// </summary>
    [Required]
    public string Database { get; set; } = Path.Combine(".snapback", "snapback.db");

    /// <summary>True when <see cref="Database"/> is a PostgreSQL connection string.</summary>
    public bool IsPostgres => Database.StartsWith("Host=", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// A bootstrap admin key, compared by its SHA-256 and never stored. Also read from the <c>SNAPBACK_ADMIN_KEY</c> environment
    /// variable. The default is none: only keys in the database are accepted.
    /// </summary>
    public string? AdminKey { get; set; }

    /// <summary>Most parties in one <c>POST /api/screen/batch</c>. The default is 1,000.</summary>
    [Range(1, 100_000)]
    public int MaxBatchParties { get; set; } = 1000;

    /// <summary>Largest body of a single screen request, in bytes. The default is 64 KiB.</summary>
    [Range(1024, int.MaxValue)]
    public long MaxScreenBodyBytes { get; set; } = 64 * 1024;

    /// <summary>Largest body of a batch request or a batch CSV upload, in bytes. The default is 8 MiB.</summary>
    [Range(1024, int.MaxValue)]
    public long MaxBatchBodyBytes { get; set; } = 8 * 1024 * 1024;

    /// <summary>Largest body of a streamed JSON Lines screen, in bytes. The default is 512 MiB.</summary>
    [Range(1024, long.MaxValue)]
    public long MaxStreamBodyBytes { get; set; } = 512L * 1024 * 1024;

    /// <summary>Largest body of any other request, in bytes. The default is 1 MiB.</summary>
    [Range(1024, int.MaxValue)]
    public long MaxDefaultBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>
    /// Batch and stream screens (<c>/api/screen/batch</c>, <c>/api/screen/stream</c>) that run at once; more wait in a queue of
    /// <see cref="BatchQueueLength"/>, and past that get a 503 with <c>Retry-After</c>. The default is half the processors, at least 1.
    /// </summary>
    [Range(1, 1024)]
    public int MaxConcurrentBatches { get; set; } = Math.Max(1, Environment.ProcessorCount / 2);

    /// <summary>Batch and stream screens that wait for a turn before the service answers 503. The default is 8.</summary>
    [Range(0, 100_000)]
    public int BatchQueueLength { get; set; } = 8;

    /// <summary>
    /// Threads one batch, stream or uploaded file is screened on. The default is the processors less one (at least 1), so a core stays
    /// free for health checks and single screens however heavy the batches are.
    /// </summary>
    [Range(1, 1024)]
    public int BatchParallelism { get; set; } = Math.Max(1, Environment.ProcessorCount - 1);

    /// <summary>
    /// Trusts <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> from <see cref="KnownProxies"/>, for a service behind a
    /// TLS-terminating reverse proxy: requests that reached the proxy over HTTPS count as HTTPS, so the UI cookies are marked Secure.
    /// The default is off: forwarded headers are ignored.
    /// </summary>
    public bool ForwardedHeaders { get; set; }

    /// <summary>The proxies whose forwarded headers are trusted when <see cref="ForwardedHeaders"/> is on. The default is loopback only.</summary>
    public IList<string> KnownProxies { get; } = [];

    /// <summary>
    /// A PKCS#12 (.pfx) certificate file that encrypts the data-protection key ring (the keys that sign UI cookies and antiforgery
    /// tokens) before it is written to the store's <c>data_protection_keys</c> table. The default is none: the keys are stored as
    /// ASP.NET Core writes them, protected only by access to the database.
    /// </summary>
    public string? KeyRingCertificate { get; set; }

    /// <summary>The password of <see cref="KeyRingCertificate"/>, if it has one. The default is none.</summary>
    public string? KeyRingCertificatePassword { get; set; }

    /// <summary>How often the store is checked for snapshots imported by another process. The default is 30 seconds.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan StoreCheckInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Download address per source for list updates (<c>Snapback:UpdateSources:un</c> = URL). When any is given, only those sources are
    /// updated; the default is the official address of every source. When they are checked is set in <c>Snapback:ListUpdates</c>.
    /// </summary>
    public Dictionary<string, Uri> UpdateSources { get; } = new(StringComparer.Ordinal);
}
