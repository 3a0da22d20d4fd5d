import { ConflictException, NotFoundException } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Statement } from '../statements/statement.entity';

/**
 * Locks a live statement for the rest of the transaction and checks the version the caller read.
 * Concurrent editors queue on the row lock; the second one then sees a newer version and gets a 409.
 */
export async function lockStatementAt(tx: EntityManager, id: string, version: number): Promise<Statement> {
  const statement = await tx
    .getRepository(Statement)
    .createQueryBuilder('s')
    .setLock('pessimistic_write')
    .where('s.id = :id', { id })
    .getOne();
  if (!statement) throw new NotFoundException(`statement ${id} not found`);
  if (statement.version !== version) {
    throw new ConflictException({
      statusCode: 409,
      error: 'Conflict',
      message: `statement ${id} has changed since version ${version}: it is at version ${statement.version}; re-read it and apply your change again`,
      currentVersion: statement.version,
    });
  }
  return statement;
}

/** 404 unless the statement exists and is not deleted. */
export async function requireLiveStatement(tx: EntityManager, id: string): Promise<Statement> {
  const statement = await tx.getRepository(Statement).findOne({ where: { id } });
  if (!statement) throw new NotFoundException(`statement ${id} not found`);
  return statement;
}
