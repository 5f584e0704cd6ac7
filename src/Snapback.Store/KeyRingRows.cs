using System.Data.Common;
using System.Xml.Linq;

namespace Snapback.Store;

/// <summary>The <c>data_protection_keys</c> table as both key-ring repositories read and write it: one XML element per row.</summary>
internal static class KeyRingRows
{
    public const string SelectAll = "SELECT xml FROM data_protection_keys ORDER BY friendly_name";

    public static IReadOnlyCollection<XElement> ReadAll(DbCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        using var reader = command.ExecuteReader();
        var elements = new List<XElement>();
        while (reader.Read())
        {
            elements.Add(XElement.Parse(reader.GetString(0)));
        }

        return elements;
    }

    public static string Text(XElement element) => element.ToString(SaveOptions.DisableFormatting);
}
