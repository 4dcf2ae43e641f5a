package org.cspdesk.audit.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;
import java.util.UUID;

/**
 * Walks the whole chain in order, a batch at a time (constant memory), recomputing every hash. A record
 * whose content was altered no longer matches its hash; a removed or inserted record breaks the link
 * from its successor to the previous hash.
 */
@ApplicationScoped
public class ChainVerification {
    private static final int BATCH = 1000;

    @Inject
    AuditRecords records;

    public record Result(long checked, boolean intact, UUID firstBrokenRecordId) {
    }

    public Result verify() {
        String previous = Hashes.GENESIS;
        long checked = 0;
        long afterSeq = 0;
        while (true) {
            List<AuditRecord> batch = records.chainAfter(afterSeq, BATCH);
            for (AuditRecord record : batch) {
                checked++;
                boolean linked = record.previousHash().equals(previous);
                boolean unaltered = record.hash().equals(record.hashAfter(previous));
                if (!linked || !unaltered) {
                    return new Result(checked, false, record.id());
                }
                previous = record.hash();
                afterSeq = record.seq();
            }
            if (batch.size() < BATCH) {
                return new Result(checked, true, null);
            }
        }
    }
}
