using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Data.Entities;

namespace Portal.Data.Configurations;

internal sealed class FigureAuditConfiguration : IEntityTypeConfiguration<FigureAudit>
{
    public void Configure(EntityTypeBuilder<FigureAudit> b)
    {
        b.ToTable("FigureAudit");
        b.HasIndex(a => new { a.LibraryId, a.Year, a.Kpi, a.Division });
        b.Property(a => a.Kpi).HasMaxLength(100);
        b.Property(a => a.Division).HasMaxLength(100);
        b.Property(a => a.Note).HasMaxLength(FigureLimits.NoteLength);
        b.Property(a => a.By).HasMaxLength(100);
        b.Property(a => a.Action).HasConversion<string>().HasMaxLength(10);
        b.Property(a => a.At).HasConversion(UtcTicks.Converter);
    }
}
