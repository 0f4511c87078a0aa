import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable, firstValueFrom } from 'rxjs';
import { toApiError } from '@platform/web';
import type { RequestBody, Schemas } from '@platform/api-client';

const enc = encodeURIComponent;

/** Setup → Users' changes (pages load with apiResource). Every call resolves to its body or rejects with an ApiError. */
@Injectable({ providedIn: 'root' })
export class UsersApiService {
  private readonly http = inject(HttpClient);

  create(body: RequestBody<'UsersController_create'>): Promise<Schemas['UserDetail']> {
    return this.send(this.http.post<Schemas['UserDetail']>('/api/setup/users', body));
  }

  update(id: string, body: RequestBody<'UsersController_update'>): Promise<Schemas['UserDetail']> {
    return this.send(this.http.patch<Schemas['UserDetail']>(`/api/setup/users/${enc(id)}`, body));
  }

  resetPassword(id: string): Promise<void> {
    return this.send(this.http.post<void>(`/api/setup/users/${enc(id)}/reset-password`, {}));
  }

  private async send<T>(call: Observable<T>): Promise<T> {
    try {
      return await firstValueFrom(call);
    } catch (error) {
      throw toApiError(error);
    }
  }
}
