using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Options;
using Snapback.Screening.Lists;
using Snapback.Store.Postgres;
using Snapback.Store.Sqlite;

namespace Snapback.Api.Hosting;

/// <summary>
/// Keeps the data-protection key ring with the data: in the store's <c>data_protection_keys</c> table (SQLite or PostgreSQL), so
/// sessions survive a restart or a move to another machine, every server sharing a PostgreSQL store reads the same cookies, and
/// nothing is written to a home folder. With <see cref="ApiOptions.KeyRingCertificate"/> the keys are encrypted with that
/// certificate before they are stored.
/// </summary>
internal static class KeyRing
{
    public static void Add(IServiceCollection services, IConfiguration configuration)
    {
        var dataProtection = services.AddDataProtection().SetApplicationName("Snapback");
        var section = configuration.GetSection(ApiOptions.Section);
        if (section[nameof(ApiOptions.KeyRingCertificate)] is { Length: > 0 } path)
        {
            var certificate = X509CertificateLoader.LoadPkcs12FromFile(path, section[nameof(ApiOptions.KeyRingCertificatePassword)]);
            dataProtection.ProtectKeysWithCertificate(certificate).UnprotectKeysWithAnyCertificate(certificate);
        }

        // Resolving the store opens it, which applies the migration that makes the table.
        services.AddOptions<KeyManagementOptions>().Configure<IListStore, IOptions<ApiOptions>>(static (keys, store, api) =>
            keys.XmlRepository = store is SqliteListStore sqlite
                ? new SqliteXmlRepository(sqlite)
                : new PostgresXmlRepository(api.Value.Database));
    }
}
