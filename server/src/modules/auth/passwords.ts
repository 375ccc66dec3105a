import { hash, verify } from '@node-rs/argon2';
import { AppError } from '../../shared/errors.ts';

// 2 = Algorithm.Argon2id (a const enum, which isolated modules cannot import). OWASP's minimum.
const OPTIONS = { algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

// Verified when the user does not exist, so a wrong username costs as long as a wrong password.
let dummyHash: Promise<string> | null = null;

export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  if (passwordHash === null) {
    dummyHash ??= hashPassword('not-a-real-password-0');
    await verify(await dummyHash, password);
    return false;
  }
  return verify(passwordHash, password);
}

/** At least 8 characters with a letter and a digit; no more than 128 (argon2 cost is bounded). */
export function assertStrongPassword(password: string): void {
  if (password.length < 8 || password.length > 128 || !/[A-Za-z]/.test(password) || !/\d/.test(password)) {
    throw new AppError(
      'WEAK_PASSWORD',
      'A password needs 8–128 characters with at least one letter and one digit',
      {
        field: 'password',
      },
    );
  }
}
