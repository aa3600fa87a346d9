using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Data.Entities;
using Portal.Domain.Progress;

namespace Portal.Data.Configurations;

internal sealed class ItemAuditConfiguration : IEntityTypeConfiguration<ItemAudit>
{
    public void Configure(EntityTypeBuilder<ItemAudit> b)
    {
        b.ToTable("ItemAudit");
        b.HasIndex(a => new { a.LibraryId, a.Year, a.ItemCode });
        b.Property(a => a.ItemCode).HasMaxLength(50);
        b.Property(a => a.OldStatus).HasConversion<string>().HasMaxLength(20);
        b.Property(a => a.NewStatus).HasConversion<string>().HasMaxLength(20);
        b.Property(a => a.OldOwner).HasMaxLength(100);
        b.Property(a => a.NewOwner).HasMaxLength(100);
        b.Property(a => a.Note).HasMaxLength(ItemProgress.NoteLength);
        b.Property(a => a.By).HasMaxLength(100);
        b.Property(a => a.At).HasConversion(UtcTicks.Converter);
    }
}
