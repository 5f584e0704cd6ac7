using System.ComponentModel.DataAnnotations;

namespace Snapback.Screening.Lists;

/// <summary>Safety limits for imports.</summary>
public sealed class ListImportOptions
{
    /// <summary>
    /// Largest share (0–1) of the previous snapshot's entries a new publication may remove without confirmation; above it the import is
    /// held. The default value is 0.20.
    /// </summary>
    [Range(0.0, 1.0)]
    public double MaxRemovedShare { get; set; } = 0.20;
}
