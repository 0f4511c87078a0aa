import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';
import type { Schemas } from '@platform/api-client';

@Injectable({ providedIn: 'root' })
export class HealthService {
  private readonly http = inject(HttpClient);

  getHealth(): Observable<Schemas['HealthReport']> {
    return this.http.get<Schemas['HealthReport']>('/api/health');
  }
}
